import type { DefectKind } from './defect-kinds.js';

// The public document's table, made concrete: 0-2 perfect; 3-5 minor (format variations,
// occasional nulls); 6-8 moderate (duplicates, typos, missing values); 9-10 heavy
// (inconsistent formats, many nulls, outliers, orphan references; mojibake at 10 only).
// Each row is the share of eligible values (or of records, for row defects) that receive
// the kind at levels 0..10; no row ever falls as the level rises.
export const DEFECT_RATES: Readonly<Record<DefectKind, readonly number[]>> = {
  //                  0  1  2  3       4       5       6       7       8       9       10
  null:               [0, 0, 0, 0.005,  0.0075, 0.01,   0.0125, 0.015,  0.02,   0.025,  0.03],
  empty_string:       [0, 0, 0, 0,      0,      0,      0.005,  0.0075, 0.01,   0.01,   0.01],
  whitespace:         [0, 0, 0, 0.0025, 0.0025, 0.005,  0.005,  0.005,  0.0075, 0.0075, 0.0075],
  case:               [0, 0, 0, 0.0025, 0.0025, 0.005,  0.005,  0.005,  0.0075, 0.0075, 0.0075],
  typo:               [0, 0, 0, 0,      0,      0,      0.0075, 0.01,   0.0125, 0.0125, 0.0125],
  format_variant:     [0, 0, 0, 0.005,  0.0075, 0.01,   0.01,   0.01,   0.01,   0.015,  0.015],
  outlier:            [0, 0, 0, 0,      0,      0,      0,      0,      0,      0.005,  0.005],
  orphan_reference:   [0, 0, 0, 0,      0,      0,      0,      0,      0,      0.0075, 0.01],
  encoding_glitch:    [0, 0, 0, 0,      0,      0,      0,      0,      0,      0,      0.005],
  duplicate_row:      [0, 0, 0, 0,      0,      0,      0.005,  0.0075, 0.01,   0.01,   0.01],
  near_duplicate_row: [0, 0, 0, 0,      0,      0,      0.005,  0.0075, 0.01,   0.01,   0.01],
};

export const MAX_REALITY_LEVEL = 10;

// Below this level nothing is injected, and the engine wraps no writer at all.
export const FIRST_MESSY_LEVEL = 3;

// From this level numbers, booleans, dates and UUIDs may be written as text in another
// format ("1,234.50", "yes", "03/15/2024"): the "inconsistent formats" of levels 9-10. Below
// it, every defect keeps a typed value of its type, so SQL keeps its typed columns.
export const TEXT_IN_TYPED_COLUMNS_FROM = 9;

export function rate(kind: DefectKind, level: number): number {
  return DEFECT_RATES[kind][level]!;
}

// The first level at which the kind occurs: the SQL schema loosens the constraints it breaks.
export function occursAt(kind: DefectKind, level: number): boolean {
  return rate(kind, level) > 0;
}

import type { DefectKind } from './defect-kinds.js';

// The public document's table, made concrete: 0-2 perfect; 3-5 minor (format variations,
// occasional nulls); 6-8 moderate (duplicates, typos, missing values); 9-10 heavy
// (inconsistent formats, many nulls, outliers, orphan references; mojibake at 10 only). Rules
// a plan states (dates in order, conditions, totals, ages) are broken from level 6, more
// often as the level rises: real data drifts from its own invariants.
// Each row is the share of eligible values (or of records, for row defects) that receive
// the kind at levels 0..10; no row ever falls as the level rises. Nulls are the most common
// kind at every level, and the cheapest to inject. The README's table gives the share of
// cells these change on the builtin planner's plans; test/e2e/reality.test.ts holds every
// level to its band.
export const DEFECT_RATES: Readonly<Record<DefectKind, readonly number[]>> = {
  //                  0  1  2  3       4       5       6       7       8       9       10
  null:               [0, 0, 0, 0.012,  0.013,  0.014,  0.02,   0.025,  0.03,   0.05,   0.07],
  empty_string:       [0, 0, 0, 0,      0,      0,      0.005,  0.0075, 0.0075, 0.01,   0.015],
  whitespace:         [0, 0, 0, 0.0025, 0.0025, 0.003,  0.0075, 0.0075, 0.01,   0.01,   0.01],
  case:               [0, 0, 0, 0.0025, 0.0025, 0.003,  0.0075, 0.0075, 0.01,   0.01,   0.01],
  typo:               [0, 0, 0, 0,      0,      0,      0.01,   0.0125, 0.0125, 0.015,  0.02],
  format_variant:     [0, 0, 0, 0.005,  0.0075, 0.01,   0.01,   0.0125, 0.015,  0.02,   0.025],
  outlier:            [0, 0, 0, 0,      0,      0,      0,      0,      0,      0.0075, 0.01],
  orphan_reference:   [0, 0, 0, 0,      0,      0,      0,      0,      0,      0.015,  0.02],
  encoding_glitch:    [0, 0, 0, 0,      0,      0,      0,      0,      0,      0,      0.01],
  duplicate_row:      [0, 0, 0, 0,      0,      0,      0.005,  0.0075, 0.0075, 0.02,   0.025],
  near_duplicate_row: [0, 0, 0, 0,      0,      0,      0.005,  0.0075, 0.0075, 0.0075, 0.01],
  broken_rule:        [0, 0, 0, 0,      0,      0,      0.005,  0.0075, 0.01,   0.015,  0.02],
};

// From this level numbers, booleans, dates and UUIDs may be written as text in another
// format ("1,234.50", "yes", "03/15/2024"): the "inconsistent formats" of levels 9-10. Below
// it, every defect keeps a typed value of its type, so SQL keeps its typed columns.
export const TEXT_IN_TYPED_COLUMNS_FROM = 9;

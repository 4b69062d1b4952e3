// Every kind of defect a reality level can inject, by its stable name: the name is what
// defect_counts, the manifest and the gateway's metadata carry, so a name never changes.
export const DEFECT_KINDS = [
  'null',
  'empty_string',
  'whitespace',
  'case',
  'typo',
  'format_variant',
  'outlier',
  'orphan_reference',
  'encoding_glitch',
  'duplicate_row',
  'near_duplicate_row',
] as const;

export type DefectKind = (typeof DEFECT_KINDS)[number];

// Defects that replace a whole record; the others replace one field's value.
export type RowDefectKind = Extract<DefectKind, 'duplicate_row' | 'near_duplicate_row'>;
export type FieldDefectKind = Exclude<DefectKind, RowDefectKind>;

// The kind's position in DEFECT_KINDS, which is how writers hand kinds to the tally. Looked up
// once, ahead of the records: a lookup by name per defect costs more than the defect.
export function kindCode(kind: DefectKind): number {
  return DEFECT_KINDS.indexOf(kind);
}

import { DEFECT_KINDS, type DefectKind } from '../../../../libs/reality/src/defect-kinds.js';

export { DEFECT_KINDS, type DefectKind };

// Defects that replace a whole record; the others replace one field's value.
export type RowDefectKind = Extract<DefectKind, 'duplicate_row' | 'near_duplicate_row'>;
export type FieldDefectKind = Exclude<DefectKind, RowDefectKind>;

// The kind's position in DEFECT_KINDS, which is how writers hand kinds to the tally. Looked up
// once, ahead of the records: a lookup by name per defect costs more than the defect.
export function kindCode(kind: DefectKind): number {
  return DEFECT_KINDS.indexOf(kind);
}

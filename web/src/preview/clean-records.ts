import type { DefectEntry, RecordJson } from '../../../libs/client/src/api-types';

// The records as reality level 0 writes them: every defect's clean value put back in its cell,
// and each duplicated row replaced by the clean record it took the place of. `records` are a
// dataset's first records, so a defect's index is the record's position.
export function cleanRecords(records: readonly RecordJson[], defects: readonly DefectEntry[]): RecordJson[] {
  const clean = [...records];
  for (const defect of defects) {
    const record = clean[defect.index];
    if (record === undefined) continue;
    if (defect.column === null) {
      clean[defect.index] = defect.clean as RecordJson;
    } else {
      clean[defect.index] = { ...record, [defect.column]: defect.clean };
    }
  }
  return clean;
}

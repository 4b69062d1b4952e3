import type { DefectEntry } from '../../../libs/client/src/api-types';

// A dataset's defect manifest looked up by where each defect sits: one cell, or a whole row.
export class DefectIndex {
  private readonly rows = new Map<number, DefectEntry>();
  private readonly cells = new Map<string, DefectEntry>();

  constructor(defects: readonly DefectEntry[]) {
    for (const defect of defects) {
      if (defect.column === null) this.rows.set(defect.index, defect);
      else this.cells.set(cellKey(defect.index, defect.column), defect);
    }
  }

  row(index: number): DefectEntry | undefined {
    return this.rows.get(index);
  }

  cell(index: number, column: string): DefectEntry | undefined {
    return this.cells.get(cellKey(index, column));
  }
}

function cellKey(index: number, column: string): string {
  return `${index}\u0000${column}`;
}

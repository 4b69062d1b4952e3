import type { BatchChecks } from '../../../../libs/proto/src/nest/datagen/v1/generator_service.js';
import type { ByteSink } from '../engine/byte-sink.js';
import { DEFECT_KINDS } from './defect-kinds.js';
import type { DefectManifest } from './defect-manifest.js';

// What one batch wrote, counted while writing: the defects injected (by kind, and in the
// manifest when one is asked for) and the checks the gateway validates the output against.
export class BatchTally {
  private readonly defects = new Float64Array(DEFECT_KINDS.length);
  // Null or empty values written, by field: references are the foreign key values not null.
  readonly fieldNulls: Float64Array;
  rows = 0;
  typeMismatches = 0;
  duplicateKeys = 0;
  orphanReferences = 0;
  // Above zero while a row copies another: the copy writes (and is checked for) the values
  // again, but only the row defect itself is labelled.
  muted = 0;

  constructor(
    private readonly fieldCount: number,
    private readonly referenceFields: readonly number[],
    readonly manifest: DefectManifest | undefined,
  ) {
    this.fieldNulls = new Float64Array(fieldCount);
  }

  // Kinds arrive as their code (see kindCode).
  fieldDefect(index: number, column: number, kind: number, clean: ByteSink): void {
    if (this.muted > 0) return;
    this.defects[kind]!++;
    this.manifest?.field(index, column, kind, clean);
  }

  rowDefect(index: number, kind: number, writeClean: (sink: ByteSink) => void): void {
    if (this.muted > 0) return;
    this.defects[kind]!++;
    this.manifest?.row(index, kind, writeClean);
  }

  defectCounts(): Record<string, number> {
    const counts: Record<string, number> = {};
    DEFECT_KINDS.forEach((kind, position) => {
      if (this.defects[position]! > 0) counts[kind] = this.defects[position]!;
    });
    return counts;
  }

  checks(): BatchChecks {
    let nulls = 0;
    for (let field = 0; field < this.fieldCount; field++) nulls += this.fieldNulls[field]!;
    let references = 0;
    for (const field of this.referenceFields) references += this.rows - this.fieldNulls[field]!;
    return {
      values: this.rows * this.fieldCount,
      nulls,
      typeMismatches: this.typeMismatches,
      duplicateKeys: this.duplicateKeys,
      references,
      orphanReferences: this.orphanReferences,
    };
  }

  reset(): void {
    this.defects.fill(0);
    this.fieldNulls.fill(0);
    this.rows = 0;
    this.typeMismatches = 0;
    this.duplicateKeys = 0;
    this.orphanReferences = 0;
  }
}

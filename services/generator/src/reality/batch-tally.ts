import type { BatchChecks } from '../../../../libs/proto/src/nest/datagen/v1/generator_service.js';
import type { ByteSink } from '../engine/byte-sink.js';
import { DEFECT_KINDS } from './defect-kinds.js';
import type { DefectManifest } from './defect-manifest.js';

// What one batch wrote, counted while writing: the defects injected (by kind, and in the
// manifest when one is asked for) and the validation checks. The checks are bookkeeping, not
// a parse of the output: the writers report each value they write blank, of another type, or
// pointing nowhere, and each row that repeats a key, and every format writes the same values.
export class BatchTally {
  private readonly defects = new Float64Array(DEFECT_KINDS.length);
  // Null or empty values written, by field: references are the foreign key values not null.
  private readonly fieldBlanks: Float64Array;
  private readonly requiredFields: readonly number[];
  rows = 0;
  private typeMismatches = 0;
  private duplicateKeys = 0;
  private orphanReferences = 0;
  // Failed checks so far: a record whose writing moved it fails (see recordFailed).
  failures = 0;
  private failingRecords = 0;
  // Above zero while a row copies another: the copy writes (and is checked for) the values
  // again, but only the row defect itself is labelled.
  muted = 0;

  constructor(
    private readonly fieldCount: number,
    private readonly referenceFields: readonly number[],
    // By field: whether the plan declares it nullable, so that blanks in it are data.
    private readonly nullable: readonly boolean[],
    readonly manifest: DefectManifest | undefined,
  ) {
    this.fieldBlanks = new Float64Array(fieldCount);
    this.requiredFields = nullable.flatMap((allowed, field) => (allowed ? [] : [field]));
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

  // A value written null or as an empty string.
  blank(field: number): void {
    this.fieldBlanks[field]!++;
    if (!this.nullable[field]) this.failures++;
  }

  typeMismatch(): void {
    this.typeMismatches++;
    this.failures++;
  }

  duplicateKey(): void {
    this.duplicateKeys++;
    this.failures++;
  }

  orphanReference(): void {
    this.orphanReferences++;
    this.failures++;
  }

  // Called after each record written, with `failures` as it was before the record.
  recordWritten(failuresBefore: number): void {
    if (this.failures !== failuresBefore) this.failingRecords++;
  }

  defectCounts(): Record<string, number> {
    const counts: Record<string, number> = {};
    DEFECT_KINDS.forEach((kind, position) => {
      if (this.defects[position]! > 0) counts[kind] = this.defects[position]!;
    });
    return counts;
  }

  checks(): BatchChecks {
    let references = 0;
    for (const field of this.referenceFields) references += this.rows - this.fieldBlanks[field]!;
    let missingValues = 0;
    for (const field of this.requiredFields) missingValues += this.fieldBlanks[field]!;
    return {
      values: this.rows * this.fieldCount,
      typeMismatches: this.typeMismatches,
      duplicateKeys: this.duplicateKeys,
      references,
      orphanReferences: this.orphanReferences,
      requiredValues: this.rows * this.requiredFields.length,
      missingValues,
      failingRecords: this.failingRecords,
    };
  }

  reset(): void {
    this.defects.fill(0);
    this.fieldBlanks.fill(0);
    this.rows = 0;
    this.typeMismatches = 0;
    this.duplicateKeys = 0;
    this.orphanReferences = 0;
    this.failures = 0;
    this.failingRecords = 0;
  }
}

import type { Dataset } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { ByteSink, type Token } from '../engine/byte-sink.js';
import { below, draw, recordKey, streamKey, type DatasetKeys } from '../engine/random.js';
import type { ValueSyntax } from '../encoders/value-syntax.js';
import type { BatchTally } from './batch-tally.js';
import { DefectDraws } from './defect-draws.js';
import { kindCode, type RowDefectKind } from './defect-kinds.js';
import { drawRegions } from './draw-regions.js';
import type { RealityRates } from './reality-rates.js';
import { padded, recased } from './text-defects.js';
import { misspelt } from './typo.js';
import { readValue } from './written-value.js';

// The dataset as row defects need it.
export interface RowSource {
  readonly syntax: ValueSyntax;
  readonly tally: BatchTally;
  readonly dataset: Dataset;
  value(field: number): { readonly kind: string };
  writeRow(index: number, sink: ByteSink, separators: readonly Token[]): void;
  columnLiterals(index: number): string[];
  writeClean(index: number, sink: ByteSink): void;
  keyWriter(field: number): (index: number, sink: ByteSink) => void;
}

const SMALL_CHANGES = [misspelt, padded, recased];
const ROW_KIND_CODES = { duplicate_row: kindCode('duplicate_row'), near_duplicate_row: kindCode('near_duplicate_row') };

// Rows that copy an earlier record j < i, decided per record from the dataset's row stream:
// an exact duplicate repeats row j as written, key included (a batch loaded twice); a near
// duplicate keeps its own keys and takes j's other values with one or two small changes (one
// entity entered twice). Exact duplicates only occur in datasets no other dataset references:
// a record replaced by a copy loses its key, and references to it would become orphans.
export class RowDefects {
  readonly repeatsKeys: boolean;
  private readonly stream: number;
  private readonly exactEnd: number;
  private readonly nearStart: number;
  private readonly nearEnd: number;
  private readonly draws: DefectDraws;
  private readonly keyWriters: readonly (readonly [number, (index: number, sink: ByteSink) => void])[];
  // Text columns that are not keys or references: where a near duplicate differs.
  private readonly changeable: readonly number[];
  private readonly hasPrimaryKey: boolean;
  private readonly aside = new ByteSink();

  static of(source: RowSource, keys: DatasetKeys, rates: RealityRates, keyColumns: readonly number[], referenced: boolean): RowDefects | undefined {
    const share = (kind: RowDefectKind, possible: boolean) => (possible ? { rate: rates.rate(kind), reach: rates.reach(kind) } : { rate: 0, reach: 0 });
    // As for field defects, each kind owns a fixed region of the draw, so a row copied at one
    // level is copied at every level above.
    const [exactRegion, nearRegion] = drawRegions([
      share('duplicate_row', !referenced),
      share('near_duplicate_row', keyColumns.length < source.dataset.fields.length),
    ]);
    if (exactRegion!.end === 0 && nearRegion!.end === nearRegion!.start) return undefined;
    return new RowDefects(source, keys, exactRegion!.end, nearRegion!, keyColumns);
  }

  private constructor(
    private readonly source: RowSource,
    private readonly keys: DatasetKeys,
    exactEnd: number,
    near: { readonly start: number; readonly end: number },
    keyColumns: readonly number[],
  ) {
    this.repeatsKeys = exactEnd > 0;
    this.stream = streamKey(keys, 'reality:rows');
    this.exactEnd = exactEnd;
    this.nearStart = near.start;
    this.nearEnd = near.end;
    // The near duplicate's changes draw from a stream apart from the decision and the copied index.
    this.draws = new DefectDraws(streamKey(keys, 'reality:row-changes'));
    this.keyWriters = keyColumns.map((column) => [column, source.keyWriter(column)] as const);
    const fields = source.dataset.fields;
    this.changeable = fields.flatMap((field, index) => {
      const kind = source.value(index).kind;
      return !keyColumns.includes(index) && field.foreignKey === undefined && (kind === 'string' || kind === 'text') ? [index] : [];
    });
    this.hasPrimaryKey = fields.some((field) => field.primaryKey) || source.dataset.compositeKeys.some((key) => key.primaryKey);
  }

  // Writes record `index` if it is a duplicate and returns true; false leaves it to the fields.
  write(index: number, sink: ByteSink, separators: readonly Token[]): boolean {
    const kind = this.kind(index);
    if (kind === undefined) return false;
    const copied = this.copiedIndex(index);
    const tally = this.source.tally;
    tally.rowDefect(index, ROW_KIND_CODES[kind], (manifest) => this.source.writeClean(index, manifest));
    // A copy of a copy repeats the key once, in the row written.
    if (kind === 'duplicate_row' && this.hasPrimaryKey && tally.muted === 0) tally.duplicateKey();
    // The copy's values are checked as written, but labelled only as this row's defect.
    tally.muted++;
    if (kind === 'duplicate_row') {
      this.source.writeRow(copied, sink, separators);
    } else {
      const literals = this.nearDuplicate(index, copied);
      for (let position = 0; position < literals.length; position++) {
        sink.bytes(separators[position]!);
        sink.text(literals[position]!);
      }
    }
    tally.muted--;
    return true;
  }

  private literals(index: number): string[] {
    const kind = this.kind(index);
    if (kind === undefined) return this.source.columnLiterals(index);
    const copied = this.copiedIndex(index);
    return kind === 'duplicate_row' ? this.literals(copied) : this.nearDuplicate(index, copied);
  }

  private nearDuplicate(index: number, copied: number): string[] {
    const literals = this.literals(copied);
    for (const [column, writeKey] of this.keyWriters) {
      this.aside.length = 0;
      writeKey(index, this.aside);
      literals[column] = this.aside.toText();
    }
    const draws = this.draws.start(recordKey(this.keys, index));
    const changes = Math.min(this.changeable.length, 1 + draws.below(2));
    const columns = [...this.changeable];
    for (let change = 0; change < changes; change++) {
      const column = columns.splice(draws.below(columns.length), 1)[0]!;
      const value = readValue(this.source.syntax, literals[column]!);
      if (value.type !== 'text' || value.text === '') continue;
      const changed = draws.pick(SMALL_CHANGES)(value.text, draws) ?? padded(value.text, draws);
      if (changed === '') this.source.tally.blank(column);
      literals[column] = this.source.syntax.text(changed);
    }
    return literals;
  }

  private kind(index: number): RowDefectKind | undefined {
    if (index === 0) return undefined;
    const roll = draw(recordKey(this.keys, index), this.stream, 0);
    if (roll < this.exactEnd) return 'duplicate_row';
    return roll >= this.nearStart && roll < this.nearEnd ? 'near_duplicate_row' : undefined;
  }

  private copiedIndex(index: number): number {
    return below(recordKey(this.keys, index), this.stream, 1, index);
  }
}

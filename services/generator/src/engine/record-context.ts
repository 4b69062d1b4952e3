import { recordKey, type DatasetKeys } from './random.js';

// Moves of every record context, counted together: a self-reference writes another record of
// the dataset on a context of its own, and the entity caches both contexts share must not
// take one's record for the other's.
let moves = 0;

// The record being generated. One instance per compiled dataset is reused from record to
// record, so producing a record allocates nothing but its output text.
export class RecordContext {
  index = 0;
  key = 0;
  // Changed on every move, so entity caches (person, address) know when to recompute.
  serial = 0;
  // Each field's encoded value, by field position.
  readonly tokens: string[];
  // Each numeric or date field's value (dates as day numbers, timestamps as epoch seconds),
  // read by formulas and by dates that follow another date.
  readonly numbers: Float64Array;
  readonly nulls: Uint8Array;
  // Each reference field's referenced record index, read by dates that follow a date of the
  // referenced record.
  readonly picked: Float64Array;

  constructor(
    private readonly keys: DatasetKeys,
    fieldCount: number,
  ) {
    this.tokens = new Array<string>(fieldCount).fill('');
    this.numbers = new Float64Array(fieldCount);
    this.nulls = new Uint8Array(fieldCount);
    this.picked = new Float64Array(fieldCount);
  }

  moveTo(index: number): void {
    this.index = index;
    this.key = recordKey(this.keys, index);
    this.serial = ++moves;
  }
}

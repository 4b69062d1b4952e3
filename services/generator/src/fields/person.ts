import { below, draw, streamKey } from '../engine/random.js';
import type { RecordContext } from '../engine/record-context.js';
import { encode, type Token } from '../engine/byte-sink.js';
import type { DatasetScope } from './field-context.js';
import { vocabulary } from './vocabulary.js';

// The person a record describes. Every person.* field of the record reads this one person, so
// the email and username are built from the record's own first and last name.
export class PersonSource {
  // 0 female, 1 male: the index into vocabulary().firstNames and the gender.
  sex = 0;
  first = 0;
  last = 0;
  private serial = -1;
  private readonly stream: number;

  constructor(scope: DatasetScope) {
    this.stream = streamKey(scope.keys, 'person');
  }

  static of(scope: DatasetScope): PersonSource {
    return scope.entity('person', () => new PersonSource(scope));
  }

  resolve(record: RecordContext): this {
    if (record.serial !== this.serial) {
      this.serial = record.serial;
      const names = vocabulary();
      this.sex = draw(record.key, this.stream, 0) & 1;
      this.first = below(record.key, this.stream, 1, names.firstNames[this.sex]!.length);
      this.last = below(record.key, this.stream, 2, names.lastNames.length);
    }
    return this;
  }

  // A draw of this person's own, for the variants of their email and username.
  variant(record: RecordContext, counter: number): number {
    return draw(record.key, this.stream, 3 + counter);
  }
}

let handles: { first: readonly (readonly string[])[]; last: readonly string[] } | undefined;

// Names reduced to the letters an email or username may hold ("O'Keefe" → "okeefe").
export function nameHandles(): { first: readonly (readonly string[])[]; last: readonly string[] } {
  const names = vocabulary();
  handles ??= { first: names.firstNames.map((list) => list.map(handle)), last: names.lastNames.map(handle) };
  return handles;
}

let handleBytes: { first: readonly (readonly Token[])[]; last: readonly Token[] } | undefined;

export function nameHandleBytes(): { first: readonly (readonly Token[])[]; last: readonly Token[] } {
  const { first, last } = nameHandles();
  handleBytes ??= { first: first.map((list) => list.map(encode)), last: last.map(encode) };
  return handleBytes;
}

function handle(name: string): string {
  const letters = name
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  return letters === '' ? 'user' : letters;
}

import { below, draw, streamKey } from '../engine/random.js';
import type { RecordContext } from '../engine/record-context.js';
import { TokenList } from '../engine/token-list.js';
import type { DatasetScope } from './field-context.js';
import type { LocaleVocabulary } from './locale-vocabulary.js';

// The person a record describes. Every person.* field of the record reads this one person, so
// the email and username are built from the record's own first and last name.
export class PersonSource {
  // 0 female, 1 male: the index into the locale's firstNames and lastNames, and the gender.
  sex = 0;
  first = 0;
  last = 0;
  private serial = -1;
  private readonly stream: number;
  private readonly firstCounts: readonly number[];
  private readonly lastCounts: readonly number[];

  constructor(scope: DatasetScope) {
    this.stream = streamKey(scope.keys, 'person');
    this.firstCounts = scope.locale.firstNames.map((list) => list.length);
    this.lastCounts = scope.locale.lastNames.map((list) => list.length);
  }

  static of(scope: DatasetScope): PersonSource {
    return scope.entity('person', () => new PersonSource(scope));
  }

  resolve(record: RecordContext): this {
    if (record.serial !== this.serial) {
      this.serial = record.serial;
      this.sex = draw(record.key, this.stream, 0) & 1;
      this.first = below(record.key, this.stream, 1, this.firstCounts[this.sex]!);
      this.last = below(record.key, this.stream, 2, this.lastCounts[this.sex]!);
    }
    return this;
  }

  // A draw of this person's own, for the variants of their email and username.
  variant(record: RecordContext, counter: number): number {
    return draw(record.key, this.stream, 3 + counter);
  }
}

type HandleBytes = { readonly first: readonly TokenList[]; readonly last: readonly TokenList[] };

const handleBytes = new WeakMap<LocaleVocabulary, HandleBytes>();

// The locale's ASCII name handles, encoded once per process.
export function nameHandleBytes(locale: LocaleVocabulary): HandleBytes {
  let bytes = handleBytes.get(locale);
  if (bytes === undefined) {
    const { first, last } = locale.handles;
    handleBytes.set(locale, (bytes = { first: first.map((list) => new TokenList(list)), last: last.map((list) => new TokenList(list)) }));
  }
  return bytes;
}

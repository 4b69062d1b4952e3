import type { Aggregate, Distribution, Field, ForeignKey } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import type { ValueKind } from '../../../../libs/catalogue/src/generator-catalogue.js';
import type { ByteSink } from '../engine/byte-sink.js';
import type { TokenList } from '../engine/token-list.js';
import { PlanError } from '../engine/plan-error.js';
import { below, streamKey, type DatasetKeys } from '../engine/random.js';
import type { RecordContext } from '../engine/record-context.js';
import type { ValueSyntax } from '../encoders/value-syntax.js';
import type { LocaleVocabulary } from './locale-vocabulary.js';
import { encodedList } from './token-cache.js';
import type { ChildRecords } from './aggregate-field.js';

// Writes one field's finished value, for the record the context stands on, into the sink.
export type FieldWriter = (record: RecordContext, sink: ByteSink) => void;

export type RuleBreaker = (record: RecordContext, sink: ByteSink) => boolean;

export interface FieldValue {
  readonly kind: ValueKind;
  // Numeric fields leave their value in record.numbers as whole units of 10^-scale.
  readonly scale: number;
  readonly write: FieldWriter;
  // A foreign key's column takes its width and target from the key it references (a target of
  // its own only for a reference of one field: a group's is the table's).
  readonly column?: { readonly maxLength: number; readonly references?: { readonly table: string; readonly column: string } };
  // For keys derived from the index alone: how many indexes give distinct values. Indexes past
  // the last record then give keys no record has, which is what an orphan reference needs.
  readonly keySpace?: number;
  // For a foreign key: the key it references.
  readonly target?: ReferenceTarget;
  // For an enum of text values: the values; record.numbers holds the position of the record's.
  readonly choices?: readonly string[];
  // For a field under a rule of the plan (a date never before another, a condition, an
  // aggregate, an age): writes a value that breaks the rule for the record the context stands
  // on, once its clean value is written, and returns true; or writes nothing and returns false
  // when the record cannot break it. Reality's broken_rule defect.
  readonly breakRule?: RuleBreaker;
}

// A number, date or timestamp of the record a reference points to: a date that must not come
// before it reads it through the reference's pick (record.picked).
export interface ReferencedValue {
  // The position of the reference in its record.
  readonly reference: number;
  readonly kind: ValueKind;
  readonly scale: number;
  // The value of the referenced record `index`, NaN when it is null.
  read(index: number): number;
}

// An existing record's key in a referenced dataset, produced without storing that dataset.
export interface ReferenceTarget {
  readonly dataset: string;
  readonly field: string;
  readonly size: number;
  readonly kind: ValueKind;
  readonly scale: number;
  readonly maxLength: number;
  // Distinct keys the referenced field makes from indexes; 0 when it cannot go past `size`.
  readonly keySpace: number;
  // A key of the referencing record's own dataset: an earlier record's, or none (a root).
  readonly self: boolean;
  // For a field of a foreign key group of several fields: the referenced composite key's
  // fields in its order, which the SQL constraint follows.
  readonly groupKey?: readonly string[];
  writeKey(index: number, sink: ByteSink): void;
}

// How a reference picks its record together with other fields of its record: `pick` for a
// reference in a key made of references only (a junction table), or else the stream,
// distribution and uniqueness shared by the fields of its foreign key group.
export interface SharedPick {
  readonly pick?: (record: RecordContext) => number;
  readonly stream: number;
  readonly distribution: Distribution;
  readonly unique: boolean;
}

// A key field's rank among the records sharing its key's parent (see ChildAllocation): a
// field told its rank makes values that differ between ranks, and so between siblings.
export interface SiblingRank {
  // Ranks run 0 .. count - 1.
  readonly count: number;
  of(record: RecordContext): number;
}

// A key field of the dataset, written for any record without moving the record being written.
export interface OwnKey {
  readonly value: FieldValue;
  writeKey(index: number, sink: ByteSink): void;
}

// What a field generator may know about the dataset it is compiled into.
export interface DatasetScope {
  readonly name: string;
  readonly size: number;
  readonly keys: DatasetKeys;
  readonly fields: readonly Field[];
  readonly syntax: ValueSyntax;
  // The names, places, phones and currency of the plan's locale.
  readonly locale: LocaleVocabulary;
  // One shared source per dataset and label, so fields of one group describe one entity.
  entity<T>(label: string, create: () => T): T;
  // A field compiled before this one (formula operands, the date a date follows).
  compiled(fieldName: string): { readonly index: number; readonly value: FieldValue } | undefined;
  reference(foreignKey: ForeignKey, from: FieldContext): ReferenceTarget;
  // What a reference shares with other fields; undefined for one that picks alone.
  sharedPick(from: FieldContext, targetSize: number): SharedPick | undefined;
  // For a self-reference; undefined when the key field failed to compile.
  ownKey(fieldIndex: number): OwnKey | undefined;
  // For a key field kept distinct among siblings; undefined for any other.
  siblingRank(fieldIndex: number): SiblingRank | undefined;
  // `field` of the record this record's reference `reference` points to; `asking` names what
  // reads it, for the problems.
  referencedValue(reference: string, field: string, from: FieldContext, asking: string): ReferencedValue;
  // The records of a later dataset that reference this record, for an aggregate: checked now,
  // read once every dataset of the plan is compiled.
  children(aggregate: Aggregate, from: FieldContext): () => ChildRecords;
}

export class FieldContext {
  readonly stream: number;
  readonly unique: boolean;
  readonly syntax: ValueSyntax;
  readonly quote: number;

  constructor(
    readonly field: Field,
    readonly index: number,
    readonly dataset: DatasetScope,
    partOfCompositeKey = false,
  ) {
    this.stream = streamKey(dataset.keys, index);
    this.unique = field.unique || (field.primaryKey && !partOfCompositeKey);
    this.syntax = dataset.syntax;
    this.quote = this.syntax.quote.charCodeAt(0);
  }

  fail(problem: string): never {
    throw new PlanError(this.problem(problem));
  }

  // The problem as the plan's check lists it, naming the field.
  problem(text: string): string {
    return `Field "${this.dataset.name}.${this.field.name}" (${this.field.generator}): ${text}`;
  }

  // True when every piece of every list is safe in this output syntax, so text assembled from
  // them needs quoting only (a name with an apostrophe is safe in JSON, not in SQL).
  safe(...lists: readonly (readonly string[])[]): boolean {
    return lists.every((list) => list.every((text) => this.syntax.isSafe(text)));
  }

  // Each text escaped (not quoted) and encoded once, for values assembled from pieces.
  pieces(texts: readonly string[]): TokenList {
    return encodedList(texts, this.syntax, 'escaped');
  }

  // Finishes generated text: cut to max_length, made unique when asked (by the record number,
  // a bijection), then escaped and quoted. `safe` text skips the escaping.
  textWriter(raw: (record: RecordContext) => string, safe = false): FieldWriter {
    const quote = this.quote;
    const escape = safe ? (text: string) => text : this.syntax.escape;
    const maxLength = this.field.maxLength;
    const unique = this.unique;
    if (unique && maxLength > 0 && maxLength < String(this.dataset.size).length + 1) {
      this.fail(`max_length ${maxLength} leaves no room to make ${this.dataset.size} values unique.`);
    }
    const finish =
      !unique && maxLength === 0
        ? (_record: RecordContext, value: string) => value
        : (record: RecordContext, value: string) => {
            const suffix = unique ? ' ' + (record.index + 1) : '';
            if (maxLength > 0 && value.length + suffix.length > maxLength) value = value.slice(0, maxLength - suffix.length).trimEnd();
            return value + suffix;
          };
    return (record, sink) => {
      sink.byte(quote);
      sink.text(escape(finish(record, raw(record))));
      sink.byte(quote);
    };
  }

  // One word from each list, joined by spaces ("Ergonomic Steel Chair"): list n is drawn with
  // counter n of the field's stream.
  wordsWriter(lists: readonly (readonly string[])[]): FieldWriter {
    const stream = this.stream;
    return this.textWriter((record) => {
      let text = '';
      for (let counter = 0; counter < lists.length; counter++) {
        const list = lists[counter]!;
        text += (counter === 0 ? '' : ' ') + list[below(record.key, stream, counter, list.length)];
      }
      return text;
    }, this.safe(...lists));
  }

  // Writes text that holds only characters no format escapes (digits, letters, - . @ :),
  // whatever the plan's max_length: these values are keys and codes, not prose.
  plainWriter(raw: (record: RecordContext) => string): FieldWriter {
    const quote = this.quote;
    return (record, sink) => {
      sink.byte(quote);
      sink.text(raw(record));
      sink.byte(quote);
    };
  }

  // The choices of a list, each escaped, quoted and encoded once; undefined when per-record
  // changes (unique suffix, truncation) make that impossible.
  tokens(choices: readonly string[]): TokenList | undefined {
    const maxLength = this.field.maxLength;
    if (this.unique || (maxLength > 0 && choices.some((choice) => choice.length > maxLength))) return undefined;
    return encodedList(choices, this.syntax, 'quoted');
  }

  // A value picked from a list. Hot fields write their own closure around tokens() instead:
  // this shared one sees many `pick` functions, which keeps V8 from inlining them.
  pickWriter(choices: readonly string[], pick: (record: RecordContext) => number): FieldWriter {
    const tokens = this.tokens(choices);
    if (tokens === undefined) return this.textWriter((record) => choices[pick(record)]!);
    return (record, sink) => sink.entry(tokens, pick(record));
  }

  stringValue(write: FieldWriter, kind: ValueKind = 'string'): FieldValue {
    return { kind, scale: 0, write };
  }
}

import type { ByteSink } from '../engine/byte-sink.js';
import type { ValueSyntax } from '../encoders/value-syntax.js';

// A value as a field wrote it, read back from its literal, so a defect can break the value
// whatever the output format and write the broken value in that format again.
export interface WrittenValue {
  readonly type: 'text' | 'number' | 'boolean' | 'null';
  // The text of a text value, the digits of a number, "true" or "false"; empty for null.
  readonly text: string;
}

export const NULL_VALUE: WrittenValue = { type: 'null', text: '' };

export const textValue = (text: string): WrittenValue => ({ type: 'text', text });

// A clean value written aside, read back only by the defects that need it: a null or an empty
// string replaces the value without looking at it.
export class CleanLiteral {
  private read: WrittenValue | undefined;

  constructor(
    private readonly syntax: ValueSyntax,
    readonly written: ByteSink,
  ) {}

  reset(): this {
    this.read = undefined;
    return this;
  }

  // Whether the value is text of no characters: a text literal is its characters between two
  // quotes, so this needs no reading.
  get blank(): boolean {
    return this.written.length <= 2;
  }

  get value(): WrittenValue {
    return (this.read ??= readValue(this.syntax, this.written.toText()));
  }
}

export function readValue(syntax: ValueSyntax, literal: string): WrittenValue {
  if (literal === syntax.nullToken) return NULL_VALUE;
  if (literal.startsWith(syntax.quote)) return textValue(syntax.unescape(literal.slice(1, -1)));
  if (literal === syntax.trueToken) return { type: 'boolean', text: 'true' };
  if (literal === syntax.falseToken) return { type: 'boolean', text: 'false' };
  return { type: 'number', text: literal };
}

export function writeValue(syntax: ValueSyntax, value: WrittenValue, sink: ByteSink): void {
  switch (value.type) {
    // Quotes written apart: the quoted string would be a concatenation, slow to read back.
    case 'text':
      sink.text(syntax.quote);
      sink.text(syntax.escape(value.text));
      sink.text(syntax.quote);
      return;
    case 'number':
      sink.text(value.text);
      return;
    case 'boolean':
      sink.text(value.text === 'true' ? syntax.trueToken : syntax.falseToken);
      return;
    default:
      sink.text(syntax.nullToken);
  }
}

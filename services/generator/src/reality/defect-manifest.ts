import { ByteSink, encode, type Token } from '../engine/byte-sink.js';
import { escapeJsonText } from '../encoders/escape.js';
import { DEFECT_KINDS } from './defect-kinds.js';

const KIND_TOKENS: readonly Token[] = DEFECT_KINDS.map((kind) => encode(`,"kind":"${kind}","clean":`));
const ROW_COLUMN = encode(',"column":null');
const INDEX = encode('{"index":');
const LINE_END = encode('}\n');

// The manifest of one range: one NDJSON line per defect, in record order, holding what it
// takes to undo the defect: {"index":12,"column":"email","kind":"typo","clean":"a@b.com"}.
// Clean values are written by the clean field writers in JSON syntax, so they are exactly the
// values of the level-0 JSON records.
export class DefectManifest {
  readonly sink = new ByteSink();
  private readonly columns: readonly Token[];

  constructor(columnNames: readonly string[]) {
    this.columns = columnNames.map((name) => encode(`,"column":"${escapeJsonText(name)}"`));
  }

  field(index: number, column: number, kind: number, clean: ByteSink): void {
    this.start(index, this.columns[column]!, kind);
    this.sink.append(clean);
    this.sink.bytes(LINE_END);
  }

  row(index: number, kind: number, writeClean: (sink: ByteSink) => void): void {
    this.start(index, ROW_COLUMN, kind);
    writeClean(this.sink);
    this.sink.bytes(LINE_END);
  }

  // `kind` is the kind's position in DEFECT_KINDS.
  private start(index: number, column: Token, kind: number): void {
    this.sink.bytes(INDEX);
    this.sink.integer(index);
    this.sink.bytes(column);
    this.sink.bytes(KIND_TOKENS[kind]!);
  }
}

import { ByteSink } from '../engine/byte-sink.js';
import { draw, DRAW_RANGE } from '../engine/random.js';
import type { ValueSyntax } from '../encoders/value-syntax.js';
import type { FieldWriter } from '../fields/field-context.js';
import type { BatchTally } from './batch-tally.js';
import { DefectDraws } from './defect-draws.js';
import type { FieldDefect } from './field-defects.js';
import { CleanLiteral, writeValue } from './written-value.js';

// Wraps a field's clean writer, at compile time and only for a field that can receive a
// defect, with the level's defects. One draw of the field's own defect stream decides, per
// record, whether and which defect it gets, so the decision is a pure function of (seed,
// dataset, index, field) and the clean values never change. Each kind owns a fixed region of
// the draw, as wide as its rate at the highest level, and breaks the part of it its rate at
// this level covers: a value broken at one level is broken the same way at every level above.
// A clean record costs that one draw; a defective value is written aside, read back, broken
// and written again.
export function withDefects(
  clean: FieldWriter,
  defects: readonly FieldDefect[],
  column: number,
  stream: number,
  syntax: ValueSyntax,
  tally: BatchTally,
): FieldWriter {
  if (defects.every((defect) => defect.rate === 0)) return clean;
  const starts: number[] = [];
  let reach = 0;
  for (const defect of defects) {
    starts.push(Math.round(reach * DRAW_RANGE));
    reach += defect.reach;
  }
  const ends = defects.map((defect, choice) => starts[choice]! + Math.round(defect.rate * DRAW_RANGE));
  const total = Math.round(reach * DRAW_RANGE);
  const aside = new ByteSink();
  const draws = new DefectDraws(stream);
  const literal = new CleanLiteral(syntax, aside);
  return (record, sink) => {
    const roll = draw(record.key, stream, 0);
    let choice = defects.length - 1;
    if (roll < total) while (roll < starts[choice]!) choice--;
    if (roll >= ends[choice]!) {
      clean(record, sink);
      return;
    }
    aside.length = 0;
    clean(record, aside);
    // A null has nothing left to break.
    if (record.nulls[column] === 1) {
      sink.append(aside);
      return;
    }
    const defect = defects[choice]!;
    const broken = defect.breaks(literal.reset(), draws.start(record.key));
    if (broken === undefined) {
      sink.append(aside);
      return;
    }
    tally.fieldDefect(record.index, column, defect.code, aside);
    if (broken.type === 'null' || (broken.type === 'text' && broken.text === '')) tally.fieldNulls[column]!++;
    if (defect.mismatch) tally.typeMismatches++;
    if (defect.kind === 'orphan_reference') tally.orphanReferences++;
    writeValue(syntax, broken, sink);
  };
}

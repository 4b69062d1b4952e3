import { ByteSink } from '../engine/byte-sink.js';
import { draw } from '../engine/random.js';
import type { ValueSyntax } from '../encoders/value-syntax.js';
import type { FieldWriter } from '../fields/field-context.js';
import type { BatchTally } from './batch-tally.js';
import { DefectDraws } from './defect-draws.js';
import { drawRegions } from './draw-regions.js';
import type { FieldDefect } from './field-defects.js';
import { CleanLiteral, NULL_VALUE, writeValue } from './written-value.js';

// A column's writer with its defects, and what its record writer needs to tell a value that
// stays clean without calling it: the column's defect stream, and the draw (0 of that stream)
// from which a value stays clean.
export interface DefectColumn {
  readonly write: FieldWriter;
  readonly stream: number;
  readonly cleanFrom: number;
}

// Wraps a field's clean writer, at compile time and only for a field that can receive a
// defect, with the level's defects. One draw of the field's own defect stream decides, per
// record, whether and which defect it gets, so the decision is a pure function of (seed,
// dataset, index, field) and the clean values never change. Each kind owns a fixed region of
// the draw (draw-regions.ts), so a value broken at one level is broken the same way at every
// level above. A clean record costs that one draw; a defective value is written aside, read
// back, broken and written again. A `standalone` field (never null when clean, read by no
// other field, no manifest to fill) skips its clean value altogether where it becomes null,
// the most common defect: nothing would read it.
export function withDefects(
  clean: FieldWriter,
  defects: readonly FieldDefect[],
  column: number,
  stream: number,
  syntax: ValueSyntax,
  tally: BatchTally,
  standalone: boolean,
): DefectColumn | undefined {
  if (defects.every((defect) => defect.rate === 0)) return undefined;
  const regions = drawRegions(defects);
  const starts = regions.map((region) => region.start);
  const ends = regions.map((region) => region.end);
  // Draws past every region leave the value clean: most of them, decided by one comparison.
  const cleanFrom = Math.max(...ends);
  const nullChoice = standalone ? defects.findIndex((defect) => defect.kind === 'null') : -1;
  const aside = new ByteSink();
  const draws = new DefectDraws(stream);
  const literal = new CleanLiteral(syntax, aside);
  const write: FieldWriter = (record, sink) => {
    const roll = draw(record.key, stream, 0);
    if (roll >= cleanFrom) {
      clean(record, sink);
      return;
    }
    let choice = defects.length - 1;
    while (roll < starts[choice]!) choice--;
    if (roll >= ends[choice]!) {
      clean(record, sink);
      return;
    }
    if (choice === nullChoice) {
      tally.fieldDefect(record.index, column, defects[choice]!.code, aside);
      tally.blank(column);
      writeValue(syntax, NULL_VALUE, sink);
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
    const broken = defect.breaks(literal.reset(), draws.start(record.key), record);
    if (broken === undefined) {
      sink.append(aside);
      return;
    }
    tally.fieldDefect(record.index, column, defect.code, aside);
    if (broken.type === 'null' || (broken.type === 'text' && broken.text === '')) tally.blank(column);
    if (defect.mismatch) tally.typeMismatch();
    if (defect.kind === 'orphan_reference') tally.orphanReference();
    writeValue(syntax, broken, sink);
  };
  return { write, stream, cleanFrom };
}

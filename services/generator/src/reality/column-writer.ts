import { ByteSink } from '../engine/byte-sink.js';
import type { RecordContext } from '../engine/record-context.js';
import { streamKey } from '../engine/random.js';
import type { FieldContext, FieldValue, FieldWriter, ReferenceTarget, RuleBreaker } from '../fields/field-context.js';
import type { ValueSyntax } from '../encoders/value-syntax.js';
import type { BatchTally } from './batch-tally.js';
import type { DefectDraws } from './defect-draws.js';
import { withDefects, type DefectColumn } from './defect-writer.js';
import { fieldDefects } from './field-defects.js';
import type { RealityRates } from './reality-rates.js';
import { readValue, type WrittenValue } from './written-value.js';

// What the column of a field that is not a key writes at a messy level: its clean writer
// wrapped with the defects the rates give a field of its kind, or undefined when they give it
// none. Defects draw from a stream of their own, so the clean values are those of level 0.
// `breakRule`: the field's rule breaker, for one under a rule of the plan. `standalone`: see
// withDefects.
export function columnWriter(
  clean: FieldWriter,
  context: FieldContext,
  value: FieldValue,
  breakRule: RuleBreaker | undefined,
  rates: RealityRates,
  tally: BatchTally,
  standalone: boolean,
): DefectColumn | undefined {
  const target = value.target;
  const defects = fieldDefects(
    {
      kind: value.kind,
      generator: context.field.generator,
      reference: context.field.foreignKey !== undefined,
      orphan: target === undefined ? undefined : orphanKeys(target, context.syntax),
      ...(breakRule === undefined ? {} : { breakRule: ruleBroken(breakRule, context.syntax) }),
    },
    rates,
  );
  const stream = streamKey(context.dataset.keys, `reality:${context.index}`);
  return withDefects(clean, defects, context.index, stream, context.syntax, tally, standalone);
}

// Keys of records past the end of the referenced dataset, as if they had been deleted: the
// referenced key is derived from the index alone, so these keys exist nowhere in it.
function orphanKeys(target: ReferenceTarget, syntax: ValueSyntax): ((draws: DefectDraws) => WrittenValue) | undefined {
  const room = Math.min(target.size, target.keySpace - target.size);
  if (room <= 0) return undefined;
  const aside = new ByteSink();
  return (draws) => {
    aside.length = 0;
    target.writeKey(target.size + draws.below(room), aside);
    return readValue(syntax, aside.toText());
  };
}

// The rule breaker's literal, read back as a value like every other defect's.
function ruleBroken(breakRule: RuleBreaker, syntax: ValueSyntax): (record: RecordContext) => WrittenValue | undefined {
  const aside = new ByteSink();
  return (record) => {
    aside.length = 0;
    return breakRule(record, aside) ? readValue(syntax, aside.toText()) : undefined;
  };
}

import { describe, expect, it } from 'vitest';
import { OutputFormat } from '../../../../libs/proto/src/nest/datagen/v1/generator_service.js';
import { GENERATOR_CATALOGUE } from '../../../../libs/catalogue/src/generator-catalogue.js';
import { atLevel, cataloguePlan, generate, manifest } from '../../../../test/engine/plans.js';
import { CSV_SYNTAX, JSON_SYNTAX } from '../encoders/value-syntax.js';
import { CompiledPlans } from './compiled-plans.js';
import { compileAll } from './plan-compiler.js';
import { readPlan } from './plan-reader.js';

const SIZE = 900;

describe('CompiledPlans', () => {
  const compiled = () => compileAll(readPlan(cataloguePlan(10, ['id.sequence'])), JSON_SYNTAX);

  it('gives a compiled plan back only for the same syntax and key, and to one taker', () => {
    const plans = new CompiledPlans();
    const plan = compiled();
    plans.give(JSON_SYNTAX, 'a', plan);
    expect(plans.take(CSV_SYNTAX, 'a')).toBeUndefined();
    expect(plans.take(JSON_SYNTAX, 'b')).toBeUndefined();
    expect(plans.take(JSON_SYNTAX, 'a')).toBe(plan);
    expect(plans.take(JSON_SYNTAX, 'a')).toBeUndefined();
  });

  it('keeps the 8 given last', () => {
    const plans = new CompiledPlans();
    const given = Array.from({ length: 10 }, (_, index) => {
      const plan = compiled();
      plans.give(JSON_SYNTAX, String(index), plan);
      return plan;
    });
    expect(plans.take(JSON_SYNTAX, '0')).toBeUndefined();
    expect(plans.take(JSON_SYNTAX, '1')).toBeUndefined();
    expect(plans.take(JSON_SYNTAX, '2')).toBe(given[2]);
    expect(plans.take(JSON_SYNTAX, '9')).toBe(given[9]);
  });
});

describe('ranges written by a compiled plan that wrote others before', () => {
  // Every generator at the messiest level: defects, broken rules and row defects all draw.
  const messy = atLevel(cataloguePlan(SIZE, GENERATOR_CATALOGUE.map((entry) => entry.name)), 10);
  const cuts = [0, 137, 138, 500, 777, SIZE];
  const ranges = cuts.slice(1).map((end, position) => ({ offset: cuts[position]!, count: end - cuts[position]! }));

  it.each([OutputFormat.OUTPUT_FORMAT_JSON, OutputFormat.OUTPUT_FORMAT_CSV, OutputFormat.OUTPUT_FORMAT_SQL])('are the whole document in any order (format %s)', (format) => {
    const whole = generate(messy, 'catalogue', { format });
    const backwards = ranges.toReversed().map((range) => generate(messy, 'catalogue', { format, ...range }));
    expect(Buffer.concat(backwards.toReversed()).equals(whole)).toBe(true);
  });

  it('list the defects of the whole manifest in any order', () => {
    const whole = manifest(messy, 'catalogue');
    const backwards = ranges.toReversed().map((range) => manifest(messy, 'catalogue', range));
    expect(backwards.toReversed().flat()).toEqual(whole);
    expect(whole.length).toBeGreaterThan(100);
  });
});

import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { PayloadViolation } from '../rules/payload-violation.js';
import { settleLocale } from './plan-locale.js';

const plan = (locale = ''): Plan => ({ datasets: [], seed: 1, realityLevel: 0, warnings: ['kept'], prompt: '', planner: 'builtin', domain: '', locale });

describe('the locale a plan settles on', () => {
  it('is the one the prompt names, said in a warning', () => {
    const settled = settleLocale(plan(), '', 'A German online shop');
    expect(settled.locale).toBe('de');
    expect(settled.warnings).toEqual(['kept', 'Read the prompt as German: names, addresses and phone numbers are de; send locale to choose another.']);
  });

  it('folds into the line saying the prompt was read in that language, one line not two', () => {
    const read = { ...plan(), warnings: ['Read the prompt as Spanish; dataset and column names are in English.', 'kept'] };
    const settled = settleLocale(read, '', 'Tienda online con clientes, productos y pedidos');
    expect(settled.locale).toBe('es');
    expect(settled.warnings).toEqual(['Read the prompt as Spanish: dataset and column names are in English; names, addresses and phone numbers are es; send locale to choose another.', 'kept']);
  });

  it("is the request's, whatever the prompt says, without a warning", () => {
    const settled = settleLocale(plan(), 'fr', 'A German online shop');
    expect(settled).toMatchObject({ locale: 'fr', warnings: ['kept'] });
  });

  it("is a plan's own when the request sends none", () => {
    expect(settleLocale(plan('ja'), '', 'A German online shop')).toMatchObject({ locale: 'ja', warnings: ['kept'] });
  });

  it('is en_US when nothing names one', () => {
    expect(settleLocale(plan(), '', 'customers and orders')).toMatchObject({ locale: 'en_US', warnings: ['kept'] });
  });

  it('refuses a locale Faker has no addresses for, listing the accepted ones', () => {
    const refusal = (() => {
      try {
        settleLocale(plan(), 'xx_YY', '');
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(PayloadViolation);
    expect((refusal as PayloadViolation).issues[0]).toMatch(/^locale must be one of "af_ZA", .*"en_US".*; got "xx_YY"$/);
  });
});

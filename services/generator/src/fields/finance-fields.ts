import { Permutation } from '../engine/permutation.js';
import { below, draw, mix32 } from '../engine/random.js';
import type { RecordContext } from '../engine/record-context.js';
import { enumField } from './enum-field.js';
import type { FieldContext, FieldValue } from './field-context.js';
import { vocabulary } from './vocabulary.js';

const ACCOUNT_DIGITS = 10;
const ACCOUNT_SPACE = 10 ** ACCOUNT_DIGITS;

// The locale's own currency; a plan wanting several lists them as enum_values.
export function currencyCodeField(context: FieldContext): FieldValue {
  if (context.field.enumValues.length > 0) return enumField(context);
  return context.stringValue(context.pickWriter([context.dataset.locale.currency], () => 0));
}

// Ten digits read from a permutation of the index: unique whether or not the plan asks.
function accountNumbers(context: FieldContext, salt: number): (record: RecordContext) => string {
  if (context.dataset.size > ACCOUNT_SPACE) context.fail(`at most ${ACCOUNT_SPACE} distinct account numbers exist.`);
  const permutation = new Permutation(ACCOUNT_SPACE, mix32(context.stream ^ salt));
  return (record) => String(ACCOUNT_SPACE + permutation.apply(record.index)).slice(1);
}

export function accountNumberField(context: FieldContext): FieldValue {
  return { ...context.stringValue(context.plainWriter(accountNumbers(context, 0))), keySpace: ACCOUNT_SPACE };
}

// A German-shaped IBAN (DE, check digits, 8-digit bank code, 10-digit account) whose check
// digits are valid, so IBAN validators accept it; unique through its account part.
export function ibanField(context: FieldContext): FieldValue {
  const account = accountNumbers(context, 0x1ba4);
  const stream = context.stream;
  const iban = context.stringValue(context.plainWriter((record) => {
    const bank = String(10_000_000 + below(record.key, stream, 0, 90_000_000));
    const basic = bank + account(record);
    const check = 98 - mod97(basic + '131400');
    return 'DE' + (check < 10 ? '0' : '') + check + basic;
  }));
  return { ...iban, keySpace: ACCOUNT_SPACE };
}

function mod97(digits: string): number {
  let remainder = 0;
  for (let start = 0; start < digits.length; start += 7) {
    remainder = Number(remainder + digits.slice(start, start + 7)) % 97;
  }
  return remainder;
}

// The issuer prefix stays visible, the middle is masked: "4539 **** **** 1234".
export function creditCardField(context: FieldContext): FieldValue {
  const prefixes = vocabulary().cardPatterns.map((pattern) => /^\d*/.exec(pattern)![0]);
  const stream = context.stream;
  return context.stringValue(
    context.textWriter((record) => {
      const prefix = prefixes[below(record.key, stream, 0, prefixes.length)]!;
      const digits = String(draw(record.key, stream, 1)).padStart(10, '0');
      return (prefix + digits).slice(0, 4) + ' **** **** ' + digits.slice(-4);
    }, true),
  );
}

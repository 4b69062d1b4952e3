import { below, draw } from '../engine/random.js';
import type { RecordContext } from '../engine/record-context.js';
import type { FieldContext, FieldValue } from './field-context.js';
import { vocabulary } from './vocabulary.js';

function domains(context: FieldContext): (record: RecordContext) => string {
  const { handles, domainSuffixes } = context.dataset.locale;
  const names = handles.last[0]!;
  const suffixes = domainSuffixes.map((suffix) => '.' + suffix);
  const stream = context.stream;
  return (record) => names[below(record.key, stream, 0, names.length)] + suffixes[below(record.key, stream, 1, suffixes.length)];
}

export function domainField(context: FieldContext): FieldValue {
  return context.stringValue(context.textWriter(domains(context), true));
}

export function urlField(context: FieldContext): FieldValue {
  const domain = domains(context);
  const words = vocabulary().loremWords;
  const stream = context.stream;
  return context.stringValue(context.textWriter((record) => 'https://www.' + domain(record) + '/' + words[below(record.key, stream, 2, words.length)], true));
}

// Public-looking addresses: the first octet avoids 0, 10, 127 and the multicast range.
export function ipv4Field(context: FieldContext): FieldValue {
  const stream = context.stream;
  return context.stringValue(
    context.textWriter((record) => {
      const bits = draw(record.key, stream, 0);
      let first = 1 + below(record.key, stream, 1, 223);
      if (first === 10 || first === 127) first++;
      return first + '.' + (bits >>> 16) % 256 + '.' + (bits >>> 8) % 256 + '.' + (1 + (bits % 254));
    }, true),
  );
}

// Faker builds user agents by code, not from locale data; these shapes cover the common
// browsers, with the major version drawn per record.
const USER_AGENTS: readonly ((version: number) => string)[] = [
  (v) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`,
  (v) => `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`,
  (v) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${v}.0) Gecko/20100101 Firefox/${v}.0`,
  (v) => `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`,
  (v) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36 Edg/${v}.0.0.0`,
  (v) => `Mozilla/5.0 (iPhone; CPU iPhone OS 17_${v % 7} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.${v % 7} Mobile/15E148 Safari/604.1`,
  (v) => `Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Mobile Safari/537.36`,
];
const VERSIONS = Array.from({ length: 30 }, (_, offset) => 100 + offset);
const AGENTS = USER_AGENTS.flatMap((shape) => VERSIONS.map(shape));

export function userAgentField(context: FieldContext): FieldValue {
  const agents = AGENTS;
  const stream = context.stream;
  return context.stringValue(context.pickWriter(agents, (record) => below(record.key, stream, 0, agents.length)));
}

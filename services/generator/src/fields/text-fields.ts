import { below } from '../engine/random.js';
import type { RecordContext } from '../engine/record-context.js';
import type { FieldContext, FieldValue } from './field-context.js';
import { vocabulary } from './vocabulary.js';

let capitalised: readonly string[] | undefined;

function capitalisedWords(): readonly string[] {
  capitalised ??= vocabulary().loremWords.map((word) => word.charAt(0).toUpperCase() + word.slice(1));
  return capitalised;
}

function plainWords(context: FieldContext): boolean {
  return context.safe(vocabulary().loremWords, capitalisedWords());
}

export function wordField(context: FieldContext): FieldValue {
  const words = vocabulary().loremWords;
  const stream = context.stream;
  return context.stringValue(context.pickWriter(words, (record) => below(record.key, stream, 0, words.length)));
}

export function titleField(context: FieldContext): FieldValue {
  const words = capitalisedWords();
  const stream = context.stream;
  return context.stringValue(
    context.textWriter((record) => {
      const count = 2 + below(record.key, stream, 0, 4);
      let title = words[below(record.key, stream, 1, words.length)]!;
      for (let word = 1; word < count; word++) title += ' ' + words[below(record.key, stream, 1 + word, words.length)];
      return title;
    }, plainWords(context)),
  );
}

// Draws from counter `first` on, and returns the counter after the last draw used, so that
// sentences of one paragraph never share draws.
function sentence(record: RecordContext, stream: number, first: number): [text: string, next: number] {
  const words = vocabulary().loremWords;
  const capitals = capitalisedWords();
  const count = 5 + below(record.key, stream, first, 9);
  let text = capitals[below(record.key, stream, first + 1, capitals.length)]!;
  for (let word = 1; word < count; word++) text += ' ' + words[below(record.key, stream, first + 1 + word, words.length)];
  return [text + '.', first + 1 + count];
}

export function sentenceField(context: FieldContext): FieldValue {
  const stream = context.stream;
  return context.stringValue(context.textWriter((record) => sentence(record, stream, 0)[0], plainWords(context)), 'text');
}

export function paragraphField(context: FieldContext): FieldValue {
  const stream = context.stream;
  return context.stringValue(
    context.textWriter((record) => {
      const count = 3 + below(record.key, stream, 0, 4);
      let [text, next] = sentence(record, stream, 1);
      for (let index = 1; index < count; index++) {
        const [more, after] = sentence(record, stream, next);
        text += ' ' + more;
        next = after;
      }
      return text;
    }, plainWords(context)),
    'text',
  );
}

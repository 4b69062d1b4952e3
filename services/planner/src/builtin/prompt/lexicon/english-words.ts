import { DOMAINS } from '../../knowledge/domain-registry.js';
import { singular } from '../inflection.js';
import { CLASSIFICATION_WORDS, DETERMINERS, NOT_ENTITIES, PHRASE_ENDINGS, TABLE_WORDS } from '../word-classes.js';

// The English a data prompt is made of: its small words and the ones that ask for data, with
// every word the domain files know. A word here is no sign of another language, though a
// lexicon may know it ("hotel", "per", "online"), and a prompt with more of these words than
// a lexicon's is read as English.
const PROMPT_WORDS = `
  a an the and or with without for of in on at to from by per each every all some any no not
  is are be been being has have having had was were will would should must can could may might
  it its their his her our my your this that these those there here which who whom whose what
  where when while how than then also plus as into onto about across between including include
  includes like such only just more most many much few several both other another same new
  i we you they he she me us them please need want needs wants get give make makes made
  generate create build simulate produce design model track manage list show use using
  dataset datasets data table tables record records row rows column columns field fields schema
  database sample test testing mock fake realistic synthetic random example examples
  one two three four five six seven eight nine ten hundred thousand million
  up down over under above below after before during since until within per cent percent
  app application platform system service company business tool site website
  status type name email phone date time price amount total id number value
`;

export const ENGLISH_WORDS: ReadonlySet<string> = new Set([
  ...PROMPT_WORDS.split(/\s+/).filter((word) => word !== ''),
  ...[PHRASE_ENDINGS, TABLE_WORDS, NOT_ENTITIES, CLASSIFICATION_WORDS, DETERMINERS].flatMap((words) => [...words]),
  ...DOMAINS.flatMap((domain) => [
    ...domain.keywords,
    ...domain.kinds.flatMap((kind) => [kind.name, ...(kind.aliases ?? []), ...(kind.fields ?? [])]),
  ]).flatMap((phrase) => phrase.toLowerCase().split(/[\s_/]+/)),
].flatMap((word) => [word, singular(word)]).filter((word) => word.length > 0));

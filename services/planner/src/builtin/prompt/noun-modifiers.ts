import { DOMAINS } from '../knowledge/domain-registry.js';
import { singular } from './inflection.js';
import type { Token } from './tokens.js';
import { DETERMINERS, LIST_SEPARATORS, PHRASE_ENDINGS, SCHEMA_WORDS, TABLE_WORDS } from './word-classes.js';

// "catering orders", "savings accounts", "audio books": a noun the domain files do not know,
// right before an entity word, makes one compound with it, and the dataset keeps its name.
// Which words are nouns is guessed: the word must open its noun phrase (after a list separator,
// a preposition or a determiner, or at the start of a line) and must not be a word that
// describes, counts or asks: "recent orders", "100 orders", "generate orders" stay orders.

// Words after which a noun phrase starts. A verb is not among them: in "customers who buy
// products" or "users often write posts" the word before the entity word is no noun.
const PHRASE_OPENERS: ReadonlySet<string> = new Set([
  ...LIST_SEPARATORS, ...DETERMINERS,
  'with', 'without', 'of', 'for', 'including', 'include', 'includes', 'containing', 'contains', 'plus', 'also',
  'from', 'to', 'by', 'on', 'in', 'at', 'about', 'into', 'via', 'across', 'between', 'some', 'all', 'these', 'those',
]);

// Words that describe, count or ask for things rather than name a kind of them.
const NOT_NOUNS: ReadonlySet<string> = new Set([
  // what a record is like
  'new', 'old', 'recent', 'current', 'active', 'inactive', 'open', 'closed', 'past', 'future', 'online', 'offline',
  'daily', 'weekly', 'monthly', 'yearly', 'annual', 'quarterly', 'hourly', 'nightly', 'local', 'global', 'international',
  'domestic', 'national', 'regional', 'main', 'primary', 'secondary', 'other', 'more', 'additional', 'extra', 'various',
  'different', 'multiple', 'several', 'many', 'few', 'both', 'such', 'same', 'similar', 'related', 'individual',
  'single', 'total', 'random', 'realistic', 'fake', 'synthetic', 'mock', 'dummy', 'sample', 'example', 'test',
  'typical', 'common', 'basic', 'simple', 'complex', 'large', 'small', 'big', 'huge', 'high', 'low', 'top', 'best',
  'good', 'bad', 'real', 'free', 'paid', 'unpaid', 'pending', 'existing', 'outstanding', 'upcoming', 'recurring',
  'incoming', 'outgoing', 'missing', 'remaining', 'returning', 'ongoing', 'matching', 'corresponding', 'following',
  'previous', 'next', 'last', 'first', 'latest', 'late', 'early', 'overdue', 'fraudulent', 'valid', 'invalid',
  'loyal', 'frequent', 'regular', 'occasional', 'potential', 'prospective', 'former', 'public', 'private',
  'internal', 'external', 'corporate', 'personal', 'premium', 'standard', 'special', 'general', 'financial',
  'medical', 'digital', 'physical', 'virtual', 'historical', 'commercial', 'residential', 'industrial', 'seasonal',
  'social', 'urgent', 'important', 'unique', 'distinct', 'own', 'full', 'partial', 'final', 'initial', 'average',
  'young', 'elderly', 'senior', 'junior', 'male', 'female', 'satisfied', 'major', 'minor', 'live', 'known', 'unknown',
  'short', 'long', 'cheap', 'generic', 'specific', 'electronic', 'organic', 'dynamic', 'static', 'dental', 'clinical',
  'legal', 'mental', 'rural', 'urban', 'postal', 'federal', 'central', 'technical', 'critical', 'manual', 'actual',
  'official', 'normal', 'original', 'optional', 'vertical', 'remote', 'hybrid', 'temporary', 'permanent', 'full-time',
  'part-time',
  // how many
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'hundred', 'hundreds',
  'thousand', 'thousands', 'million', 'millions', 'dozen', 'dozens', 'lots', 'plenty', 'enough', 'no', 'only', 'just',
  'around', 'approximately', 'roughly', 'exactly', 'least', 'most', 'up',
  // what the prompt asks
  'generate', 'create', 'make', 'build', 'simulate', 'produce', 'need', 'want', 'give', 'show', 'model', 'track',
  'manage', 'populate', 'design', 'add', 'get', 'return', 'output', 'prepare', 'provide', 'seed', 'synthesize',
  'synthesise', 'use', 'using', 'please',
]);

// Endings of words that describe: "numerous", "successful", "wireless", "billable",
// "cancelled" (but "feed", and short words such as "bed", may be nouns).
const DESCRIBING_ENDING = /^(?:.{3,}(?:ous|ful|less|able|ible)|.{2,}[^e]ed)$/;

// A domain word that opens the prompt sets it ("Bank customers and their accounts"); inside a
// list it names a kind ("wholesale customers and retail customers").
const DOMAIN_WORDS: ReadonlySet<string> = new Set(
  DOMAINS.flatMap((domain) => domain.keywords.filter((keyword) => !/\s/.test(keyword)).map((keyword) => singular(keyword))),
);

// Whether the word at `index` is a noun that makes a compound with the entity word after it.
export function isNounModifier(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index];
  const head = tokens[index + 1];
  if (word === undefined || !/^[a-z]+(?:-[a-z]+)*$/.test(word.text) || head?.joinsPrevious !== true) return false;
  if (NOT_NOUNS.has(word.text) || PHRASE_ENDINGS.has(word.text) || PHRASE_OPENERS.has(word.text) || DESCRIBING_ENDING.test(word.text)) return false;
  if (TABLE_WORDS.has(word.singular) || SCHEMA_WORDS.has(word.singular)) return false;
  const previous = tokens[index - 1];
  if (previous === undefined) return !DOMAIN_WORDS.has(word.singular);
  return !word.joinsPrevious || previous.type === 'punct' || PHRASE_OPENERS.has(previous.text);
}

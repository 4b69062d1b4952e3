import type { Domain } from '../knowledge/domain.js';
import type { EntityKind } from '../knowledge/entity-kind.js';
import { findCardinalities } from './cardinality.js';
import { findChildCounts } from './child-counts.js';
import { looksLikeColumns, looksLikeValues, parseColumn, parseEnumValues } from './column-spec.js';
import type { EnumConstraint } from './constraints.js';
import { detectDomain } from './domain-detector.js';
import { sanitiseIdentifier } from '../../naming/identifiers.js';
import { isPlural, plural, singular } from './inflection.js';
import type { ParenGroup } from './paren-groups.js';
import { findParenGroups } from './paren-groups.js';
import type { EntityMention, PromptReading } from './prompt-reading.js';
import { findRangeConstraints } from './range-constraints.js';
import { namesSameSet } from './synonyms.js';
import { meaningsOf } from './term-index.js';
import { detectScenario } from './scenario-detector.js';
import type { TermHit } from './term-hits.js';
import { findTermHits } from './term-hits.js';
import type { Token } from './tokens.js';
import { tokenize } from './tokens.js';
import { continuesNounPhrase } from './phrase-continuation.js';
import { findUnknownEntities } from './unknown-entities.js';
import { inEnglish } from './lexicon/english-reading.js';
import { writtenLanguage } from './lexicon/written-language.js';

// A prompt in a language a lexicon knows is read in its English words; the reading's offsets
// are offsets in that English.
export function readPrompt(written: string): PromptReading {
  const language = writtenLanguage(written);
  const prompt = language === undefined ? written : inEnglish(written, language);
  const groups = findParenGroups(prompt);
  const prose = maskGroups(prompt, groups);
  const tokens = tokenize(prose);
  const { cardinalities, covered } = findCardinalities(tokens);
  const found = findTermHits(tokens, covered);
  // The setting is the entity only when the prompt names nothing else: "A hospital".
  const framed = found.hits.length === 0 && found.frames.length > 0;
  const terms = framed ? found.frames : found.hits;
  const unknowns = findUnknownEntities(tokens, terms, covered);
  // A term inside an unknown entity's words is its table word: the "records" of "call records".
  const hits = terms.filter((hit) => !unknowns.some((unknown) => hit.start >= unknown.start && hit.end <= unknown.end));
  const domain = detectDomain(tokens, [...hits, ...found.described]);

  const mentions = mentionsOf(hits, domain, tokens);
  for (const unknown of unknowns) {
    const name = datasetNameOf(unknown.words);
    if (!mentions.has(name)) mentions.set(name, { name, position: unknown.start, end: unknown.end, word: unknown.words[unknown.words.length - 1] });
  }

  const enums: EnumConstraint[] = [];
  for (const group of groups.filter((candidate) => candidate.items.length > 0)) {
    // Only a mention ending right before the parenthesis owns it, never one named after it.
    const owner = [...mentions.values()].find((mention) => mention.end <= group.open && prose.slice(mention.end, group.open).trim() === '');
    if (owner !== undefined && namesValues(owner, group)) {
      mentions.delete(owner.name);
      enums.push(enumConstraint(group));
    } else if (owner !== undefined) {
      owner.columns = group.items.map(parseColumn);
    } else if (looksLikeColumns(group.items) && group.head !== '') {
      const name = datasetNameOf(group.head.split(/\s+/).slice(-1));
      if (!mentions.has(name)) mentions.set(name, { name, position: group.open, end: group.open, word: name, columns: group.items.map(parseColumn) });
    } else if (group.head !== '') {
      enums.push(enumConstraint(group));
    }
  }

  const ordered = [...mentions.values()].sort((left, right) => left.position - right.position);
  const entities = ordered.map(asEntity);
  const onePhrase = ordered.every((mention, index) => index === 0 || prose.slice(ordered[index - 1].end, mention.position).trim() === '');
  const namesSystem = onePhrase && ordered.length > 0 && continuesNounPhrase(tokens.find((token) => token.start >= ordered[ordered.length - 1].end));
  const described = [...mentionsOf(found.described, domain, tokens).values()].map(asEntity);
  const scenario = detectScenario(tokens, domain);
  return {
    domain,
    entities,
    framed,
    onePhrase,
    namesSystem,
    described,
    ...(scenario === undefined ? {} : { scenario }),
    enums,
    ...findRangeConstraints(prompt),
    cardinalities,
    childCounts: findChildCounts(prompt),
    ...(language === undefined ? {} : { language: language.lexicon.name }),
  };
}

function mentionsOf(hits: readonly TermHit[], domain: Domain, tokens: readonly Token[]): Map<string, MutableMention> {
  const mentions = new Map<string, MutableMention>();
  // The domain files' names for each kind met so far.
  const kindNames = new Map<EntityKind, string[]>();
  for (const hit of hits) {
    const meaning = hit.meanings.find((candidate) => candidate.domain === domain) ?? hit.meanings[0];
    // An owner is the whole kind: "hotel room bookings" are bookings of rooms.
    const base = hit.owner === true ? meaning.kind.name : meaning.datasetName;
    const name = hit.qualifier === undefined ? base : sanitiseIdentifier(`${hit.qualifier} ${base}`, 'dataset');
    const earlier = kindNames.get(meaning.kind) ?? [];
    // A compound the prompt makes names a set of its own ("agents and sales reps").
    const synonym = hit.qualifier === undefined && earlier.some((other) => namesSameSet(meaning.datasetName, other));
    if (synonym || mentions.has(name)) continue;
    kindNames.set(meaning.kind, [...earlier, meaning.datasetName]);
    mentions.set(name, { name, kind: meaning.kind, position: hit.start, end: hit.end, word: tokens[hit.after - 1].text });
  }
  return mentions;
}

function asEntity({ name, kind, position, columns }: MutableMention): EntityMention {
  return { name, position, ...(kind === undefined ? {} : { kind }), ...(columns === undefined ? {} : { columns }) };
}

interface MutableMention {
  readonly name: string;
  readonly kind?: EntityKind;
  readonly position: number;
  readonly end: number;
  // The prompt's last word for the entity, to tell "department (" from "departments (".
  readonly word: string;
  columns?: EntityMention['columns'];
}

// Parenthesised lists are read separately; the prose keeps the parentheses so that
// "customer (" still ends a noun phrase, and keeps offsets so positions compare.
function maskGroups(prompt: string, groups: readonly ParenGroup[]): string {
  let prose = prompt;
  for (const group of groups) {
    prose = `${prose.slice(0, group.open + 1)}${' '.repeat(group.close - group.open - 1)}${prose.slice(group.close)}`;
  }
  return prose;
}

// "department (Engineering, Sales)" lists a column's values; "customers (id, name)" columns.
function namesValues(owner: MutableMention, group: ParenGroup): boolean {
  if (looksLikeColumns(group.items)) return false;
  return !isPlural(owner.word) || looksLikeValues(group.items);
}

function datasetNameOf(words: readonly string[]): string {
  const last = words.length - 1;
  return sanitiseIdentifier(words.map((word, index) => (index === last ? plural(singular(word.toLowerCase())) : word)).join(' '), 'dataset');
}

// "status (pending, shipped)" or "order status (pending, shipped)": the words before the
// field may name its entity.
function enumConstraint(group: ParenGroup): EnumConstraint {
  const words = group.head.toLowerCase().split(/\s+/).filter((word) => /^[a-z]/.test(word));
  const values = parseEnumValues(group.items);
  const field = words.at(-1) ?? 'value';
  const qualifier = words.at(-2);
  if (qualifier !== undefined && meaningsOf([qualifier]).length > 0) {
    return { field: sanitiseIdentifier(singular(field), 'field'), values, position: group.open, entity: qualifier };
  }
  const compound = qualifier !== undefined && /^[a-z]+$/.test(qualifier) && !['with', 'and', 'a', 'an', 'the', 'of', 'for', 'its', 'their'].includes(qualifier);
  return { field: sanitiseIdentifier(compound ? `${qualifier}_${field}` : field, 'field'), values, position: group.open };
}

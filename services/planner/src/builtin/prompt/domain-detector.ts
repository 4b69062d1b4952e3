import type { Domain } from '../knowledge/domain.js';
import { DOMAINS, GENERAL_DOMAIN } from '../knowledge/domain-registry.js';
import { singular } from './inflection.js';
import { findPhrase } from './phrases.js';
import type { TermHit } from './term-hits.js';
import type { Token } from './tokens.js';

// A domain keyword ("hospital") says more than an entity word that several domains share.
const KEYWORD_WEIGHT = 3;

export function detectDomain(tokens: readonly Token[], hits: readonly TermHit[]): Domain {
  let best: Domain = GENERAL_DOMAIN;
  let bestScore = 0;
  for (const domain of DOMAINS) {
    const keywords = distinctForms(keywordsOf(domain)).filter((keyword) => findPhrase(tokens, keyword) !== undefined).length;
    const entities = hits.filter((hit) => hit.meanings.some((meaning) => meaning.domain === domain)).length;
    const score = keywords * KEYWORD_WEIGHT + entities;
    if (score > bestScore) {
      best = domain;
      bestScore = score;
    }
  }
  return best;
}

// "rental" and "rentals" are one keyword: a prompt that says "rental" once counts it once.
function distinctForms(keywords: readonly string[]): string[] {
  return [...new Set(keywords.map((keyword) => keyword.split(/\s+/).map((word) => singular(word)).join(' ')))];
}

// A scenario's words reveal its domain: "course registration" is education.
function keywordsOf(domain: Domain): string[] {
  return [...domain.keywords, ...(domain.scenarios ?? []).flatMap((scenario) => scenario.keywords)];
}

import type { ChildCountPhrase } from './constraints.js';
import { plural, singular } from './inflection.js';

const NUMBER = String.raw`(\d{1,6})`;
const WORD = String.raw`([a-z][a-z_]*)`;
// "0-5 orders per customer", "1 to 3 addresses for each customer", "between 2 and 10 items
// per order", "up to 4 reviews per product".
const RANGE = new RegExp(String.raw`(?:between\s+)?${NUMBER}\s*(?:-|–|to|and)\s*${NUMBER}\s+${WORD}\s+(?:per|for each|for every|each)\s+${WORD}`, 'gi');
const UP_TO = new RegExp(String.raw`(?:up to|at most)\s+${NUMBER}\s+${WORD}\s+(?:per|for each|for every|each)\s+${WORD}`, 'gi');
// The parent first: "each customer has 1 to 5 orders", "every order contains between 1 and 8
// items", "each product gets up to 10 reviews".
const VERB = String.raw`(?:has|have|places|makes|gets|receives|owns|holds|contains|includes)`;
const PARENT_RANGE = new RegExp(String.raw`(?:each|every)\s+${WORD}\s+${VERB}\s+(?:between\s+)?${NUMBER}\s*(?:-|–|to|and)\s*${NUMBER}\s+${WORD}`, 'gi');
const PARENT_UP_TO = new RegExp(String.raw`(?:each|every)\s+${WORD}\s+${VERB}\s+(?:up to|at most)\s+${NUMBER}\s+${WORD}`, 'gi');

// How many records of one entity belong to each record of another, as the prompt says it.
export function findChildCounts(prompt: string): ChildCountPhrase[] {
  const found: ChildCountPhrase[] = [];
  for (const match of prompt.matchAll(RANGE)) found.push(phrase(Number(match[1]), Number(match[2]), match[3]!, match[4]!, match.index));
  for (const match of prompt.matchAll(UP_TO)) found.push(phrase(0, Number(match[1]), match[2]!, match[3]!, match.index));
  for (const match of prompt.matchAll(PARENT_RANGE)) found.push(phrase(Number(match[2]), Number(match[3]), match[4]!, match[1]!, match.index));
  for (const match of prompt.matchAll(PARENT_UP_TO)) found.push(phrase(0, Number(match[2]), match[3]!, match[1]!, match.index));
  return found.filter((entry) => entry.min <= entry.max && entry.max >= 1);
}

function phrase(min: number, max: number, children: string, parent: string, position: number): ChildCountPhrase {
  return { children: plural(singular(children.toLowerCase())), parent: plural(singular(parent.toLowerCase())), min, max, position };
}

import type { DateConstraint, RangeConstraint } from './constraints.js';
import { sanitiseIdentifier } from '../../naming/identifiers.js';
import { singular } from './inflection.js';
import { parseNumber } from './tokens.js';
import { PHRASE_ENDINGS } from './word-classes.js';

const NUMBER = String.raw`\$?-?\d[\d,]*(?:\.\d+)?[km]?%?`;
const DATE = String.raw`\d{4}-\d{2}-\d{2}`;
const VALUE = `(${DATE}|${NUMBER})`;
const FIELD = String.raw`([a-z][a-z_]*(?:\s+[a-z][a-z_]*)?)`;
const LINK = String.raw`(?:\s+(?:should|must|will|can)\s+be|\s+(?:is|are|of|values?))?`;
// "price between 5 and 500", "ages from 18 to 65", "rating 1-5".
const RANGE = new RegExp(
  `${FIELD}${LINK}\\s+(?:(?:between|from|ranging from|in the range of|in the range)\\s+${VALUE}\\s*(?:and|to|-|–)\\s*${VALUE}|${VALUE}\\s*(?:-|–|to)\\s*${VALUE}\\b)`,
  'gi',
);

export interface RangeFindings {
  readonly ranges: RangeConstraint[];
  readonly dates: DateConstraint[];
}

export function findRangeConstraints(prompt: string): RangeFindings {
  const ranges: RangeConstraint[] = [];
  const dates: DateConstraint[] = [];
  for (const match of prompt.toLowerCase().matchAll(RANGE)) {
    const field = fieldName(match[1]);
    const low = match[2] ?? match[4];
    const high = match[3] ?? match[5];
    if (field === undefined) continue;
    if (/^\d{4}-/.test(low) && /^\d{4}-/.test(high)) {
      dates.push({ field, start: low < high ? low : high, end: low < high ? high : low, position: match.index });
      continue;
    }
    const min = parseNumber(low);
    const max = parseNumber(high);
    if (min === undefined || max === undefined) continue;
    ranges.push({ field, min: Math.min(min, max), max: Math.max(min, max), position: match.index });
  }
  return { ranges, dates };
}

// "unit price" → unit_price; "with price" → price; a lone link word names nothing.
function fieldName(words: string): string | undefined {
  const kept = words.split(/\s+/).filter((word) => !PHRASE_ENDINGS.has(word));
  if (kept.length === 0) return undefined;
  return sanitiseIdentifier(kept.map((word, index) => (index === kept.length - 1 ? singular(word) : word)).join(' '), 'field');
}

import type { Domain } from '../knowledge/domain.js';
import type { Scenario } from '../knowledge/scenario.js';
import { findPhrase } from './phrases.js';
import type { Token } from './tokens.js';

// The scenario of the prompt's domain whose keyword the prompt says, and where it says it
// (character offsets).
export interface ScenarioMatch {
  readonly scenario: Scenario;
  readonly start: number;
  readonly end: number;
}

// The longest keyword wins: "credit card fraud" says more than "fraud".
export function detectScenario(tokens: readonly Token[], domain: Domain): ScenarioMatch | undefined {
  let best: { readonly match: ScenarioMatch; readonly words: number } | undefined;
  for (const scenario of domain.scenarios ?? []) {
    for (const keyword of scenario.keywords) {
      const span = findPhrase(tokens, keyword);
      const words = keyword.split(/\s+/).length;
      if (span === undefined || (best !== undefined && words <= best.words)) continue;
      best = { match: { scenario, start: tokens[span.first].start, end: tokens[span.after - 1].end }, words };
    }
  }
  return best?.match;
}

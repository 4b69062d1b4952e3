import { inEnglish } from '../prompt/lexicon/english-reading.js';
import { writtenLanguage } from '../prompt/lexicon/written-language.js';
import { ANOMALY_DETECTION } from './anomaly-detection.js';
import { ATTRITION } from './attrition.js';
import { CARD_FRAUD } from './card-fraud.js';
import { CHURN } from './churn.js';
import { CLAIM_FRAUD } from './claim-fraud.js';
import { CLICK_THROUGH } from './click-through.js';
import { CREDIT_RISK } from './credit-risk.js';
import { LEAD_SCORING } from './lead-scoring.js';
import type { Purpose } from './purpose.js';
import { READMISSION } from './readmission.js';
import { RECOMMENDATIONS } from './recommendations.js';
import { SPAM_DETECTION } from './spam-detection.js';

// Purposes sharing a label are alternatives, the first whose carrier is in the plan winning,
// the first of them when none is: claims fraud where the plan has claims, card fraud otherwise.
export const PURPOSES: readonly Purpose[] = [
  CARD_FRAUD,
  CLAIM_FRAUD,
  CHURN,
  ATTRITION,
  ANOMALY_DETECTION,
  RECOMMENDATIONS,
  CREDIT_RISK,
  LEAD_SCORING,
  READMISSION,
  CLICK_THROUGH,
  SPAM_DETECTION,
];

// The purposes the prompt states, in the table's order, read in its English words as the
// prompt reader reads it. Column lists in parentheses are left out: a column named "fraud"
// states no purpose.
export function recognisePurposes(written: string): Purpose[] {
  const language = writtenLanguage(written);
  const prompt = language === undefined ? written : inEnglish(written, language);
  const prose = prompt.toLowerCase().replace(/\([^)]*\)/g, ' ');
  return PURPOSES.filter((purpose) => purpose.cues.some((cue) => cue.test(prose)));
}

// The group of alternatives a purpose belongs to: those predicting the same label.
export function labelKey(purpose: Purpose): string {
  return purpose.label?.name ?? purpose.name;
}

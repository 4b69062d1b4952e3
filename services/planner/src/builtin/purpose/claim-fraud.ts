import { Distribution } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { flag, integer, money } from '../fields/recipes.js';
import { BASE_RATES } from './base-rates.js';
import type { Purpose } from './purpose.js';

const SKEWED = { distribution: Distribution.DISTRIBUTION_LOG_NORMAL };

// The red flags claims handlers are trained on: a large claim soon after the policy starts,
// no police report or witness, a history of claims.
export const CLAIM_FRAUD: Purpose = {
  name: 'claims fraud detection',
  cues: [/\bfraud(ulent)?\b/],
  carriers: ['claims', 'insurance_claims'],
  entities: ['policies', 'claims'],
  domain: 'insurance',
  label: {
    name: 'is_fraud',
    aliases: ['is_fraudulent', 'fraud', 'fraudulent', 'fraud_reported', 'fraud_flag'],
    description: 'Whether the claim was fraudulent',
    rate: BASE_RATES.claimFraud,
  },
  features: [
    { name: 'claim_amount', aliases: ['amount'], spec: money(100, 50000), lift: { when: { operator: 'at_least', value: 10000 }, factor: 2 } },
    {
      name: 'days_since_policy_start',
      spec: integer(0, 3650, { ...SKEWED, mean: 700, stddev: 700, description: 'Days from the start of the policy to the incident' }),
      lift: { when: { operator: 'below', value: 60 }, factor: 3 },
    },
    { name: 'police_report_filed', spec: flag(0.6), lift: { when: { operator: 'is_false' }, factor: 2 } },
    { name: 'witness_present', spec: flag(0.4), lift: { when: { operator: 'is_false' }, factor: 1.5 } },
    { name: 'prior_claims', spec: integer(0, 6, SKEWED), lift: { when: { operator: 'at_least', value: 2 }, factor: 2 } },
  ],
};

import { Distribution } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { flag, integer, oneOf } from '../fields/recipes.js';
import { BASE_RATES } from './base-rates.js';
import type { Purpose } from './purpose.js';

const SKEWED = { distribution: Distribution.DISTRIBUTION_LOG_NORMAL };

// What sales teams score leads on: where they came from (referrals convert best), how much
// they engaged, and whether they asked for a demo.
export const LEAD_SCORING: Purpose = {
  name: 'lead scoring',
  cues: [/\blead scor(e|es|ing)\b/, /\b(lead )?conversion (prediction|model|propensity)\b/, /\bpropensity to (buy|convert|purchase)\b/],
  carriers: ['leads', 'prospects', 'trials', 'sign_ups', 'signups', 'visitors'],
  entities: ['companies', 'leads'],
  domain: 'crm',
  label: {
    name: 'converted',
    aliases: ['is_converted', 'has_converted', 'conversion'],
    description: 'Whether the lead became a customer',
    rate: BASE_RATES.leadConversion,
  },
  features: [
    {
      name: 'source',
      aliases: ['lead_source'],
      spec: oneOf('website=35|referral=20|event=15|cold_outreach=15|paid_ads=15'),
      lift: { when: { operator: 'one_of', values: ['referral', 'event'] }, factor: 2 },
    },
    { name: 'email_opens', spec: integer(0, 30, SKEWED), lift: { when: { operator: 'at_least', value: 5 }, factor: 2 } },
    { name: 'website_visits', spec: integer(0, 60, SKEWED), lift: { when: { operator: 'at_least', value: 10 }, factor: 1.8 } },
    { name: 'demo_requested', spec: flag(0.08), lift: { when: { operator: 'is_true' }, factor: 4 } },
  ],
  outcomeValues: [{ field: 'status', values: ['converted', 'won', 'closed_won'] }],
};

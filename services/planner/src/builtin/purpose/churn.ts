import { Distribution } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { decimal, integer, oneOf } from '../fields/recipes.js';
import { BASE_RATES } from './base-rates.js';
import type { Purpose } from './purpose.js';

const SKEWED = { distribution: Distribution.DISTRIBUTION_LOG_NORMAL };
const START_DATES = ['signup_date', 'activation_date', 'customer_since', 'start_date', 'joined_date', 'date_joined', 'member_since', 'subscribed_at'];

// The drivers IBM's Telco sample shows and retention teams watch: short tenure, no long
// contract (42.7% of month-to-month customers left against 2.8% on two-year contracts), high
// charges, repeated support calls and fading use.
export const CHURN: Purpose = {
  name: 'churn prediction',
  cues: [/\bchurn(ed|ing|s)?\b/],
  carriers: ['customers', 'subscribers', 'subscriptions', 'users', 'accounts', 'members', 'clients', 'policyholders'],
  entities: ['customers'],
  domain: 'telecom',
  label: {
    name: 'churned',
    aliases: ['is_churned', 'has_churned', 'churn', 'churn_flag'],
    description: 'Whether the customer left within the observation window',
    rate: BASE_RATES.churn,
  },
  features: [
    { name: 'tenure_months', spec: integer(1, 72, { description: 'Months as a customer' }), lift: { when: { operator: 'below', value: 12 }, factor: 1.4 }, unless: START_DATES },
    {
      name: 'contract_type',
      spec: oneOf('month_to_month=55|one_year=21|two_year=24'),
      lift: { when: { operator: 'one_of', values: ['one_year', 'two_year'] }, factor: 0.25 },
    },
    { name: 'monthly_charges', spec: decimal(18, 120), lift: { when: { operator: 'at_least', value: 70 }, factor: 1.25 } },
    { name: 'support_tickets_last_90d', spec: integer(0, 12, SKEWED), lift: { when: { operator: 'at_least', value: 3 }, factor: 1.3 } },
    { name: 'days_since_last_login', aliases: ['days_since_last_activity', 'days_since_last_use'], spec: integer(0, 120, SKEWED), lift: { when: { operator: 'at_least', value: 30 }, factor: 1.4 } },
  ],
  outcomeValues: [{ field: 'status', values: ['cancelled', 'canceled', 'churned', 'ported_out', 'closed'] }],
  ongoingFlags: ['is_active', 'active'],
};

import { Distribution } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { decimal, flag, money, oneOf } from '../fields/recipes.js';
import { BASE_RATES } from './base-rates.js';
import type { Purpose } from './purpose.js';

// Card-not-present, cross-border, large and far-from-home payments at resaleable goods are
// the patterns card issuers' fraud rules and models weigh most.
export const CARD_FRAUD: Purpose = {
  name: 'fraud detection',
  cues: [/\bfraud(ulent)?\b/],
  carriers: ['transactions', 'payments', 'transfers', 'charges', 'purchases', 'orders'],
  entities: ['customers', 'transactions'],
  domain: 'finance',
  label: {
    name: 'is_fraud',
    aliases: ['is_fraudulent', 'fraud', 'fraudulent', 'fraud_flag'],
    description: 'Whether the transaction was fraudulent',
    rate: BASE_RATES.cardFraud,
  },
  features: [
    { name: 'amount', aliases: ['transaction_amount', 'payment_amount'], spec: money(1, 5000), lift: { when: { operator: 'at_least', value: 500 }, factor: 3 } },
    {
      name: 'merchant_category',
      spec: oneOf('grocery=22|restaurants=15|gas_station=12|retail=15|online_retail=14|travel=6|electronics=8|jewelry=3|gift_cards=2|gambling=3'),
      lift: { when: { operator: 'one_of', values: ['electronics', 'jewelry', 'gift_cards'] }, factor: 2.5 },
    },
    { name: 'card_present', spec: flag(0.6), lift: { when: { operator: 'is_false' }, factor: 3 } },
    { name: 'is_international', spec: flag(0.06), lift: { when: { operator: 'is_true' }, factor: 5 } },
    {
      name: 'distance_from_home_km',
      spec: decimal(0, 5000, { distribution: Distribution.DISTRIBUTION_LOG_NORMAL, mean: 40, stddev: 150, description: "Distance from the cardholder's home to where the card was used" }),
      lift: { when: { operator: 'at_least', value: 200 }, factor: 2 },
    },
  ],
};

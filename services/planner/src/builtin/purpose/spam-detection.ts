import { Distribution } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { decimal, flag, integer } from '../fields/recipes.js';
import { BASE_RATES } from './base-rates.js';
import type { Purpose } from './purpose.js';

const SKEWED = { distribution: Distribution.DISTRIBUTION_LOG_NORMAL };

// The cues spam filters have weighed since the first Bayesian ones: links, shouting, unknown
// senders, and attachments.
export const SPAM_DETECTION: Purpose = {
  name: 'spam detection',
  cues: [/\bspam\b/, /\bjunk (mail|e-?mail|messages?)\b/],
  carriers: ['messages', 'emails', 'sms_messages', 'comments', 'posts', 'reviews'],
  entities: ['users', 'messages'],
  domain: 'social-media',
  label: {
    name: 'is_spam',
    aliases: ['spam', 'is_junk'],
    description: 'Whether the message is spam',
    rate: BASE_RATES.spam,
  },
  features: [
    { name: 'link_count', spec: integer(0, 10, SKEWED), lift: { when: { operator: 'at_least', value: 2 }, factor: 2.5 } },
    { name: 'sender_in_contacts', spec: flag(0.6), lift: { when: { operator: 'is_false' }, factor: 2.5 } },
    { name: 'uppercase_ratio', spec: decimal(0, 1, { ...SKEWED, mean: 0.08, stddev: 0.1 }), lift: { when: { operator: 'at_least', value: 0.3 }, factor: 2 } },
    { name: 'has_attachment', spec: flag(0.15), lift: { when: { operator: 'is_true' }, factor: 1.3 } },
  ],
};

import { Distribution } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { flag, integer, oneOf } from '../fields/recipes.js';
import { BASE_RATES } from './base-rates.js';
import type { Purpose } from './purpose.js';

const SKEWED = { distribution: Distribution.DISTRIBUTION_LOG_NORMAL };

// What click models learn from: the slot (the top one draws most clicks), the format,
// retargeting, and the user's own history of clicking.
export const CLICK_THROUGH: Purpose = {
  name: 'click-through prediction',
  cues: [/\bclick[- ]?through\b/, /\bctr\b/, /\bclick prediction\b/],
  carriers: ['impressions', 'ad_impressions', 'ad_events', 'page_views', 'events', 'sessions'],
  entities: ['ad_impressions'],
  domain: 'web-analytics',
  label: {
    name: 'clicked',
    aliases: ['is_clicked', 'click', 'clicked_through'],
    description: 'Whether the impression was clicked',
    rate: BASE_RATES.clickThrough,
  },
  features: [
    { name: 'ad_position', spec: integer(1, 8), lift: { when: { operator: 'below', value: 2 }, factor: 2.5 } },
    { name: 'ad_format', spec: oneOf('banner=45|native=25|video=15|text=15'), lift: { when: { operator: 'one_of', values: ['native', 'video'] }, factor: 1.5 } },
    { name: 'device_type', aliases: ['device'], spec: oneOf('mobile=55|desktop=38|tablet=7'), lift: { when: { operator: 'one_of', values: ['mobile'] }, factor: 1.3 } },
    { name: 'is_retargeted', spec: flag(0.2), lift: { when: { operator: 'is_true' }, factor: 2 } },
    { name: 'previous_clicks', spec: integer(0, 20, SKEWED), lift: { when: { operator: 'at_least', value: 1 }, factor: 1.8 } },
  ],
};

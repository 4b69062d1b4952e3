import { bell } from '../fields/recipes.js';
import type { Purpose } from './purpose.js';

// A recommender learns from who interacted with what: a dataset whose records link a user to
// an item, with an explicit rating. Items are referenced with a popularity skew already, which
// is the long tail real interaction logs show.
export const RECOMMENDATIONS: Purpose = {
  name: 'recommendations',
  cues: [/\brecommend(ation|ations|er|ers)\b/, /\bcollaborative filtering\b/],
  carriers: ['ratings', 'reviews', 'interactions', 'viewing_sessions', 'likes', 'plays', 'listens', 'purchases', 'order_items'],
  entities: ['customers', 'products', 'reviews'],
  domain: 'e-commerce',
  carrierRequired: true,
  features: [{ name: 'rating', aliases: ['stars', 'score'], spec: bell(1, 5, 4, 1.1) }],
};

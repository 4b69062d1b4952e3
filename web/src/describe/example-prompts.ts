// Sentences a first-time visitor can start from; each names its datasets, as the API
// document's "Writing Effective Prompts" advises.
export const EXAMPLE_PROMPTS = [
  'E-commerce platform with customers, products, orders and reviews',
  'Healthcare system with patients, doctors and appointments',
  'Support desk with customers, agents and tickets',
];

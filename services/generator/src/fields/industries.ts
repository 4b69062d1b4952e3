// Faker has no list of industries, so this short one stands in.
export const INDUSTRIES: readonly string[] = [
  'Agriculture', 'Automotive', 'Banking', 'Biotechnology', 'Chemicals', 'Construction', 'Consulting',
  'Consumer Goods', 'Defense', 'Education', 'Energy', 'Entertainment', 'Food and Beverage', 'Government',
  'Healthcare', 'Hospitality', 'Insurance', 'Logistics', 'Manufacturing', 'Media', 'Mining',
  'Pharmaceuticals', 'Real Estate', 'Retail', 'Software', 'Telecommunications', 'Transportation',
  'Utilities',
];

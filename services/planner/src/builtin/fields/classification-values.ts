import type { WeightedValue } from '../knowledge/entity-kind.js';

const VOCABULARIES: Readonly<Record<string, readonly string[]>> = {
  category: ['Electronics', 'Clothing', 'Home & Kitchen', 'Books', 'Sports & Outdoors', 'Beauty', 'Toys & Games', 'Grocery', 'Automotive', 'Garden', 'Health', 'Jewelry', 'Office Supplies', 'Pet Supplies', 'Music'],
  department: ['Engineering', 'Sales', 'Marketing', 'Finance', 'Human Resources', 'Operations', 'Customer Support', 'Legal', 'Product', 'IT'],
  region: ['North', 'South', 'East', 'West', 'Central', 'Northeast', 'Northwest', 'Southeast', 'Southwest'],
  tier: ['Bronze', 'Silver', 'Gold', 'Platinum', 'Diamond'],
  level: ['Beginner', 'Intermediate', 'Advanced', 'Expert'],
  genre: ['Drama', 'Comedy', 'Action', 'Thriller', 'Documentary', 'Horror', 'Romance', 'Sci-Fi', 'Animation', 'Fantasy'],
  segment: ['Consumer', 'Small Business', 'Mid-Market', 'Enterprise', 'Public Sector'],
  channel: ['Web', 'Mobile App', 'In Store', 'Phone', 'Marketplace', 'Social'],
  plan: ['Free', 'Basic', 'Pro', 'Business', 'Enterprise'],
  role: ['Admin', 'Manager', 'Editor', 'Member', 'Viewer', 'Guest'],
  team: ['Platform', 'Payments', 'Growth', 'Mobile', 'Data', 'Security', 'Support', 'Infrastructure'],
  stage: ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Closed Won', 'Closed Lost'],
  specialty: ['Cardiology', 'Dermatology', 'Pediatrics', 'Orthopedics', 'Neurology', 'Oncology', 'Psychiatry', 'Radiology'],
  grade: ['A', 'B', 'C', 'D', 'E', 'F'],
  class: ['Economy', 'Premium Economy', 'Business', 'First'],
};

// `count` distinct values for a classification the prompt sized ("5 product categories").
export function classificationValues(word: string, count: number): WeightedValue[] {
  const known = VOCABULARIES[word] ?? [];
  const label = word.charAt(0).toUpperCase() + word.slice(1);
  return Array.from({ length: count }, (_, index) => [known[index] ?? `${label} ${index + 1}`, 1] as const);
}

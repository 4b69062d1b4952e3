// The value generators a Plan may name. The planner chooses from this list; the generator
// implements every entry. It lives in libs/ because both services must agree on it and
// neither may import the other.

export type ValueKind =
  | 'string'
  | 'text'
  | 'integer'
  | 'decimal'
  | 'float'
  | 'boolean'
  | 'date'
  | 'timestamp'
  | 'uuid';

export interface GeneratorEntry {
  readonly name: string;
  readonly kind: ValueKind;
  readonly description: string;
}

// Fields of one record that name generators of the same group describe one entity: a
// person's email is built from that record's own first and last name, city/state/zip/country
// come from one address, and so on.
export const GENERATOR_CATALOGUE = [
  { name: 'id.sequence', kind: 'integer', description: 'Record number starting at 1; unique.' },
  { name: 'id.uuid', kind: 'uuid', description: 'UUID (version 4 layout) derived from the index; unique.' },
  { name: 'id.code', kind: 'string', description: 'Short upper-case code with a prefix, e.g. ORD-000123; unique.' },

  { name: 'person.first_name', kind: 'string', description: "The record's person: first name." },
  { name: 'person.last_name', kind: 'string', description: "The record's person: last name." },
  { name: 'person.full_name', kind: 'string', description: "The record's person: first and last name." },
  { name: 'person.email', kind: 'string', description: "The record's person: email built from their name." },
  { name: 'person.phone', kind: 'string', description: 'Phone number.' },
  { name: 'person.username', kind: 'string', description: "The record's person: username built from their name." },
  { name: 'person.birth_date', kind: 'date', description: 'Birth date of an adult (18-90 years before 2025-01-01).' },
  { name: 'person.gender', kind: 'string', description: 'Gender.' },
  { name: 'person.job_title', kind: 'string', description: 'Job title.' },

  { name: 'address.street', kind: 'string', description: "The record's address: street line." },
  { name: 'address.city', kind: 'string', description: "The record's address: city." },
  { name: 'address.state', kind: 'string', description: "The record's address: state." },
  { name: 'address.zip', kind: 'string', description: "The record's address: postal code." },
  { name: 'address.country', kind: 'string', description: "The record's address: country." },
  { name: 'address.latitude', kind: 'decimal', description: "The record's address: latitude." },
  { name: 'address.longitude', kind: 'decimal', description: "The record's address: longitude." },

  { name: 'company.name', kind: 'string', description: 'Company name.' },
  { name: 'company.department', kind: 'string', description: 'Department of a company.' },
  { name: 'company.industry', kind: 'string', description: 'Industry or business sector.' },

  { name: 'commerce.product_name', kind: 'string', description: 'Product name.' },
  { name: 'commerce.category', kind: 'string', description: 'Product category.' },
  { name: 'commerce.price', kind: 'decimal', description: 'Price with two decimals, within the numeric range.' },
  { name: 'commerce.sku', kind: 'string', description: 'Stock keeping unit derived from the index; unique.' },

  { name: 'finance.currency_code', kind: 'string', description: 'ISO 4217 currency code.' },
  { name: 'finance.account_number', kind: 'string', description: 'Bank account number derived from the index; unique.' },
  { name: 'finance.iban', kind: 'string', description: 'IBAN-shaped account identifier.' },
  { name: 'finance.credit_card', kind: 'string', description: 'Masked credit card number.' },

  { name: 'internet.url', kind: 'string', description: 'URL.' },
  { name: 'internet.domain', kind: 'string', description: 'Domain name.' },
  { name: 'internet.ipv4', kind: 'string', description: 'IPv4 address.' },
  { name: 'internet.user_agent', kind: 'string', description: 'Browser user agent.' },

  { name: 'text.word', kind: 'string', description: 'One word.' },
  { name: 'text.title', kind: 'string', description: 'A short title of a few words.' },
  { name: 'text.sentence', kind: 'text', description: 'One sentence.' },
  { name: 'text.paragraph', kind: 'text', description: 'A few sentences.' },

  { name: 'number.integer', kind: 'integer', description: 'Integer in the numeric range and distribution.' },
  { name: 'number.float', kind: 'float', description: 'Floating-point number in the numeric range and distribution.' },
  { name: 'number.decimal', kind: 'decimal', description: 'Decimal with the given scale, in the numeric range and distribution.' },

  { name: 'boolean', kind: 'boolean', description: 'true with the field\'s true_probability (default 0.5).' },
  { name: 'date.date', kind: 'date', description: 'Date within the date range, after another date field, or never before one (of the record or of a referenced record).' },
  { name: 'date.timestamp', kind: 'timestamp', description: 'UTC timestamp within the date range, after another date field, or never before one (of the record or of a referenced record).' },

  { name: 'enum', kind: 'string', description: 'One of the field\'s enum values, by weight.' },
  { name: 'reference', kind: 'integer', description: "A foreign key: the key of an existing record of the referenced dataset." },
  { name: 'formula', kind: 'decimal', description: "Computed from other fields of the same record by the field's formula (product, sum, difference, age)." },
  { name: 'aggregate', kind: 'decimal', description: "A count or sum over the records of a later dataset that reference this one (the field's aggregate)." },
] as const satisfies readonly GeneratorEntry[];

export type GeneratorName = (typeof GENERATOR_CATALOGUE)[number]['name'];

const BY_NAME: ReadonlyMap<string, GeneratorEntry> = new Map(GENERATOR_CATALOGUE.map((entry) => [entry.name, entry]));

export function findGenerator(name: string): GeneratorEntry | undefined {
  return BY_NAME.get(name);
}

export const GENERATOR_NAMES: readonly GeneratorName[] = GENERATOR_CATALOGUE.map((entry) => entry.name);

import { findGenerator, type GeneratorEntry, type GeneratorName } from '../../../../libs/catalogue/src/generator-catalogue.js';

// Generators whose values depend on more than a name: a foreign key, enum values, a formula.
// The assembly decides those from the field's other properties, never from a guess.
const STRUCTURAL: ReadonlySet<string> = new Set(['reference', 'enum', 'formula']);

// What a column name says about its values, tried in order on lower snake case names.
const BY_NAME: readonly (readonly [RegExp, GeneratorName])[] = [
  [/^(uuid|guid)$|_(uuid|guid)$/, 'id.uuid'],
  [/(^|_)e_?mail(_address)?$/, 'person.email'],
  [/(^|_)(phone|mobile|telephone|fax)(_number)?$/, 'person.phone'],
  [/^(first_?name|given_name|forename)$/, 'person.first_name'],
  [/^(last_?name|surname|family_name)$/, 'person.last_name'],
  [/^(full_name|contact_name|person_name)$/, 'person.full_name'],
  [/^(user_?name|login|handle|screen_name)$/, 'person.username'],
  [/^(birth_?date|date_of_birth|dob|birthday)$/, 'person.birth_date'],
  [/^(gender|sex)$/, 'person.gender'],
  [/^(job_title|occupation|position)$/, 'person.job_title'],
  [/^(street|street_address|address|address_line_?1?)$/, 'address.street'],
  [/(^|_)(city|town)$/, 'address.city'],
  [/^(state|province|region)$/, 'address.state'],
  [/^(zip|zip_?code|postal_?code|post_?code)$/, 'address.zip'],
  [/(^|_)country$/, 'address.country'],
  [/^(lat|latitude)$/, 'address.latitude'],
  [/^(lng|lon|long|longitude)$/, 'address.longitude'],
  [/^(company|company_name|employer|organi[sz]ation)$/, 'company.name'],
  [/(^|_)department$/, 'company.department'],
  [/^(industry|sector)$/, 'company.industry'],
  [/^(product|product_name)$/, 'commerce.product_name'],
  [/(^|_)category$/, 'commerce.category'],
  [/(^|_)(price|cost|fee)$/, 'commerce.price'],
  [/(^|_)sku$/, 'commerce.sku'],
  [/(^|_)currency(_code)?$/, 'finance.currency_code'],
  [/(^|_)iban$/, 'finance.iban'],
  [/(^|_)account_number$/, 'finance.account_number'],
  [/(^|_)(card_number|credit_card)$/, 'finance.credit_card'],
  [/(^|_)(url|website|homepage|link)$/, 'internet.url'],
  [/(^|_)domain$/, 'internet.domain'],
  [/(^|_)(ip|ip_address|ipv4)$/, 'internet.ipv4'],
  [/(^|_)user_agent$/, 'internet.user_agent'],
  [/(^|_)(title|subject|headline)$/, 'text.title'],
  [/(^|_)(description|comment|comments|notes?|bio|body|content|message|summary)$/, 'text.sentence'],
  [/(_at|^timestamp|_time)$/, 'date.timestamp'],
  [/(_date|^date|_on)$/, 'date.date'],
  [/^(is|has|can)_|(^|_)(active|enabled|verified|flag)$/, 'boolean'],
  [/(_count|^count|^quantity|^qty|^age|^number_of_.*)$/, 'number.integer'],
  [/(^|_)(amount|total|balance|salary|revenue|score)$/, 'number.decimal'],
];

// The plainest generator of each type, when the name says nothing.
const BY_TYPE: Readonly<Record<string, GeneratorName>> = {
  string: 'text.word',
  text: 'text.sentence',
  integer: 'number.integer',
  decimal: 'number.decimal',
  float: 'number.float',
  boolean: 'boolean',
  date: 'date.date',
  timestamp: 'date.timestamp',
  uuid: 'id.uuid',
};

export interface GeneratorChoice {
  readonly entry: GeneratorEntry;
  // False when the model's choice was taken, if only spelled differently ("person.firstName").
  readonly guessed: boolean;
}

// The catalogue generator for a field without a foreign key, enum values or formula: the
// model's choice when the catalogue has it, otherwise the best match for the model's choice,
// then the field's name, then its type. Undefined when nothing fits.
export function chooseGenerator(requested: string, fieldName: string, type: string): GeneratorChoice | undefined {
  const spelled = requested
    .split('.')
    .map((part) => part.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/-/g, '_').toLowerCase())
    .join('.');
  const known = findGenerator(spelled);
  if (known && !STRUCTURAL.has(known.name)) return { entry: known, guessed: false };
  const hint = spelled.split('.').pop() ?? '';
  const byName = [hint, fieldName].map((candidate) => BY_NAME.find(([pattern]) => pattern.test(candidate))?.[1]).find(Boolean);
  const guess = findGenerator(byName ?? BY_TYPE[type.toLowerCase()] ?? '');
  return guess && { entry: guess, guessed: true };
}

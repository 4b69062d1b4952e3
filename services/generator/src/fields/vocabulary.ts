import { faker as englishFaker } from '@faker-js/faker/locale/en';
import { faker as americanFaker } from '@faker-js/faker/locale/en_US';

// Only the two locales every plan reads: Faker's root module loads every locale (about 30 MB
// more resident memory in each generator). Other locales load when a plan asks for one
// (locale-vocabulary.ts).
const en = englishFaker.rawDefinitions;
const en_US = americanFaker.rawDefinitions;

// Faker's English locale data, read once (legal_entity_type is in the data but not in Faker's
// types). Values are drawn from these arrays by the engine's
// own counter-based randomness; Faker itself never runs on the hot path.

export interface Vocabulary {
  // Female names, then male ones.
  readonly firstNames: readonly (readonly string[])[];
  readonly allFirstNames: readonly string[];
  readonly lastNames: readonly string[];
  readonly sexes: readonly string[];
  readonly jobDescriptors: readonly string[];
  readonly jobAreas: readonly string[];
  readonly jobTypes: readonly string[];
  readonly phoneFormats: readonly string[];
  readonly emailDomains: readonly string[];
  readonly domainSuffixes: readonly string[];
  readonly cityNames: readonly string[];
  readonly streetNames: readonly string[];
  readonly streetSuffixes: readonly string[];
  readonly states: readonly string[];
  readonly stateAbbreviations: readonly string[];
  readonly postcodesByState: Readonly<Record<string, readonly string[]>>;
  readonly countries: readonly string[];
  readonly homeCountry: string;
  readonly companySuffixes: readonly string[];
  readonly productAdjectives: readonly string[];
  readonly productMaterials: readonly string[];
  readonly products: readonly string[];
  readonly departments: readonly string[];
  readonly cardPatterns: readonly string[];
  readonly loremWords: readonly string[];
}

let loaded: Vocabulary | undefined;

export function vocabulary(): Vocabulary {
  loaded ??= load();
  return loaded;
}

function required<T>(value: T | null | undefined, what: string): T {
  if (value == null) throw new Error(`@faker-js/faker no longer provides ${what}`);
  return value;
}

function load(): Vocabulary {
  const person = required(en.person, 'person');
  const firstNames = required(person.first_name, 'person.first_name');
  const location = required(en.location, 'location');
  const usLocation = required(en_US.location, 'en_US.location');
  const commerce = required(en.commerce, 'commerce');
  const productName = required(commerce.product_name, 'commerce.product_name');
  const internet = required(en.internet, 'internet');
  const finance = required(en.finance, 'finance');
  const countries = required(location.country, 'location.country');
  const female = required(firstNames.female, 'female first names');
  const male = required(firstNames.male, 'male first names');
  return {
    firstNames: [female, male],
    allFirstNames: [...female, ...male],
    lastNames: required(person.last_name?.generic, 'person.last_name'),
    sexes: required(person.sex, 'person.sex'),
    jobDescriptors: required(person.job_descriptor, 'person.job_descriptor'),
    jobAreas: required(person.job_area, 'person.job_area'),
    jobTypes: required(person.job_type, 'person.job_type'),
    phoneFormats: required(en.phone_number?.format?.human, 'phone_number.format.human'),
    emailDomains: required(internet.free_email, 'internet.free_email'),
    domainSuffixes: required(internet.domain_suffix, 'internet.domain_suffix'),
    cityNames: required(location.city_name, 'location.city_name'),
    streetNames: required(usLocation.street_name, 'en_US location.street_name'),
    streetSuffixes: required(location.street_suffix, 'location.street_suffix'),
    states: required(location.state, 'location.state'),
    stateAbbreviations: required(location.state_abbr, 'location.state_abbr'),
    postcodesByState: parsePostcodes(required(usLocation.postcode_by_state, 'en_US location.postcode_by_state')),
    countries,
    homeCountry: required(countries.find((country) => country === 'United States of America'), 'the United States'),
    companySuffixes: required((en.company as { legal_entity_type?: string[] } | undefined)?.legal_entity_type, 'company.legal_entity_type'),
    productAdjectives: required(productName.adjective, 'commerce product adjectives'),
    productMaterials: required(productName.material, 'commerce product materials'),
    products: required(productName.product, 'commerce products'),
    departments: required(commerce.department, 'commerce.department'),
    cardPatterns: Object.values(required(finance.credit_card, 'finance.credit_card')).flat(),
    loremWords: required(en.lorem?.word, 'lorem.word'),
  };
}

// Faker states US zip ranges as templates: "0{{number.int({"min": 6001,"max": 6389})}}".
// Read them as [prefix, min, max] so a zip is drawn in its state's own range.
const POSTCODE_TEMPLATE = /^(\d*)\{\{number\.int\(\{"min": ?(\d+), ?"max": ?(\d+)\}\)\}\}$/;

function parsePostcodes(byState: Readonly<Record<string, string | readonly string[]>>): Record<string, string[]> {
  const ranges: Record<string, string[]> = {};
  for (const [state, templates] of Object.entries(byState)) {
    ranges[state] = (typeof templates === 'string' ? [templates] : [...templates]).filter((template) => POSTCODE_TEMPLATE.test(template));
  }
  return ranges;
}

export function postcodeRange(template: string): { prefix: string; min: number; max: number } {
  const match = POSTCODE_TEMPLATE.exec(template)!;
  return { prefix: match[1]!, min: Number(match[2]), max: Number(match[3]) };
}

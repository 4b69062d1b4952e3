import { createRequire } from 'node:module';
import type { Faker, LocaleDefinition } from '@faker-js/faker';
import { DEFAULT_LOCALE, type LocaleName } from '../../../../libs/api/src/locales.js';
import { asciiHandle } from './ascii-handle.js';
import { choicePattern, type Choices, type PatternReferences, type TextPattern } from './faker-pattern.js';
import { COUNTRY_CENTRES } from './country-centres.js';
import { CURRENCY_BY_REGION } from './locale-currencies.js';
import { vocabulary } from './vocabulary.js';

// What a record's locale decides: names, addresses, phones, e-mail domains, currency. The rest
// (products, jobs, companies, lorem) stays in the shared English vocabulary.
export interface LocaleVocabulary {
  readonly locale: LocaleName;
  // Female names, then male ones; where Faker's lists are not by sex, the same list twice.
  readonly firstNames: readonly (readonly string[])[];
  readonly allFirstNames: readonly string[];
  readonly lastNames: readonly (readonly string[])[];
  // Every last name once, and where the male ones start in it (0 when both sexes share a list).
  readonly allLastNames: readonly string[];
  readonly maleLastNamesFrom: number;
  // ja, ko, zh, hu write the family name first ("山田 太郎"); ko and zh without a space.
  readonly familyNameFirst: boolean;
  readonly nameSeparator: string;
  // The names as ASCII letters for e-mails and usernames, index for index.
  readonly handles: { readonly first: readonly (readonly string[])[]; readonly last: readonly (readonly string[])[] };
  readonly phoneFormats: readonly string[];
  readonly emailDomains: readonly string[];
  readonly domainSuffixes: readonly string[];
  // Undefined for en_US, whose addresses follow the US model of address.ts (zips in their
  // state's range, coordinates near its centre).
  readonly places: LocalePlaces | undefined;
  readonly country: string;
  // Every country, named in the locale's language, for a country column without an address.
  readonly countries: readonly string[];
  readonly currency: string;
}

export interface LocalePlaces {
  readonly city: TextPattern;
  readonly streetAddress: TextPattern;
  readonly postcode: TextPattern;
  readonly states: readonly string[];
  readonly stateAbbreviations: readonly string[];
  readonly centre: readonly [number, number];
}

const loaded = new Map<LocaleName, LocaleVocabulary>();

// Built the first time a plan asks for the locale, then kept for the process: Faker's data for
// a locale is read once, and only for the locales plans use.
export function localeVocabulary(locale: LocaleName): LocaleVocabulary {
  let words = loaded.get(locale);
  if (words === undefined) loaded.set(locale, (words = locale === DEFAULT_LOCALE ? american() : fromFaker(locale)));
  return words;
}

// Today's en_US vocabulary, unchanged, so en_US output keeps its bytes.
function american(): LocaleVocabulary {
  const words = vocabulary();
  const handles = englishHandles();
  return {
    locale: DEFAULT_LOCALE,
    firstNames: words.firstNames,
    allFirstNames: words.allFirstNames,
    lastNames: [words.lastNames, words.lastNames],
    allLastNames: words.lastNames,
    maleLastNamesFrom: 0,
    familyNameFirst: false,
    nameSeparator: ' ',
    handles: { first: handles.first, last: [handles.last, handles.last] },
    phoneFormats: words.phoneFormats,
    emailDomains: words.emailDomains,
    domainSuffixes: words.domainSuffixes,
    places: undefined,
    country: words.homeCountry,
    countries: words.countries,
    currency: CURRENCY_BY_REGION.US!,
  };
}

let english: { first: readonly (readonly string[])[]; last: readonly string[] } | undefined;

function englishHandles(): { first: readonly (readonly string[])[]; last: readonly string[] } {
  const words = vocabulary();
  const handle = (name: string) => asciiHandle(name) || 'user';
  english ??= { first: words.firstNames.map((list) => list.map(handle)), last: words.lastNames.map(handle) };
  return english;
}

// Only the asked locale's module is loaded (Faker's root module would load all of them); its
// definitions already carry Faker's fallback chain (the locale, then en, then base).
const requireLocale = createRequire(import.meta.url);

export function fakerDefinitions(locale: string): LocaleDefinition {
  return (requireLocale(`@faker-js/faker/locale/${locale}`) as { faker: Faker }).faker.rawDefinitions;
}

function required<T>(value: T | null | undefined, locale: string, what: string): T {
  if (value == null) throw new Error(`@faker-js/faker's ${locale} locale no longer provides ${what}`);
  return value;
}

function fromFaker(locale: LocaleName): LocaleVocabulary {
  const data = fakerDefinitions(locale);
  const person = required(data.person, locale, 'person');
  const location = required(data.location, locale, 'location');
  const byFirst = required(person.first_name, locale, 'person.first_name');
  const byLast = required(person.last_name, locale, 'person.last_name');
  const firstNames = bySex(byFirst, locale, 'first');
  const lastNames = bySex(byLast, locale, 'last');
  const english = englishHandles();
  const order = nameOrder(person.name ?? []);
  const lists: Readonly<Record<string, unknown>> = location;
  const references: PatternReferences = (reference) => {
    if (reference === 'person.firstName') return listPattern(firstNames.flat());
    if (reference === 'person.lastName') return listPattern(lastNames.flat());
    const [module, key, sex] = reference.split('.');
    if (module === 'person' && (key === 'first_name' || key === 'last_name') && sex !== undefined) {
      const list = (key === 'first_name' ? byFirst : byLast)[sex as keyof typeof byFirst];
      return list === undefined ? undefined : listPattern(list);
    }
    if (module !== 'location' || key === undefined || sex !== undefined) return undefined;
    const special = { city: location.city_pattern, street: location.street_pattern, buildingNumber: location.building_number }[key];
    const entries = special ?? lists[key];
    if (!Array.isArray(entries)) return undefined;
    return choicePattern(entries as Choices, references, key === 'buildingNumber' ? 'building' : 'none');
  };
  const region = data.metadata?.country ?? new Intl.Locale(required(data.metadata?.language, locale, 'metadata.language')).maximize().region;
  const country = new Intl.DisplayNames([`${data.metadata?.language}-${data.metadata?.script}`], { type: 'region' }).of(required(region, locale, 'a country'));
  const postcode = required(location.postcode, locale, 'location.postcode');
  return {
    locale,
    firstNames,
    allFirstNames: firstNames.flat(),
    lastNames,
    allLastNames: lastNames[0] === lastNames[1] ? lastNames[0]! : lastNames.flat(),
    maleLastNamesFrom: lastNames[0] === lastNames[1] ? 0 : lastNames[0]!.length,
    familyNameFirst: order.familyNameFirst,
    nameSeparator: order.separator,
    // Names in another script take an English handle, picked by their own index, so an e-mail
    // stays ASCII and still changes with the name (Faker has no romanised name lists).
    handles: {
      first: firstNames.map((list, sex) => list.map((name, index) => asciiHandle(name) || english.first[sex]![index % english.first[sex]!.length]!)),
      last: lastNames.map((list) => list.map((name, index) => asciiHandle(name) || english.last[index % english.last.length]!)),
    },
    phoneFormats: required(data.phone_number?.format?.human, locale, 'phone_number.format.human'),
    emailDomains: asciiOnly(required(data.internet?.free_email, locale, 'internet.free_email'), locale, 'e-mail domains'),
    domainSuffixes: asciiOnly(required(data.internet?.domain_suffix, locale, 'internet.domain_suffix'), locale, 'domain suffixes'),
    places: {
      city: choicePattern(required(location.city_pattern, locale, 'location.city_pattern'), references),
      streetAddress: choicePattern([required(location.street_address?.normal, locale, 'location.street_address')], references),
      postcode: choicePattern(typeof postcode === 'string' ? [postcode] : postcode, references, 'postcode'),
      states: required(location.state, locale, 'location.state'),
      stateAbbreviations: location.state_abbr ?? required(location.state, locale, 'location.state'),
      centre: required(COUNTRY_CENTRES[region!], locale, `the centre of ${region}`),
    },
    country: required(country, locale, 'a country name'),
    countries: required(location.country, locale, 'location.country'),
    currency: required(CURRENCY_BY_REGION[region!], locale, `the currency of ${region}`),
  };
}

function listPattern(list: readonly string[]): TextPattern {
  return (cursor) => list[cursor.below(list.length)]!;
}

type NamesBySex = { readonly generic?: readonly string[]; readonly female?: readonly string[]; readonly male?: readonly string[] };

// [female, male]: Faker's own lists by sex, or its generic list for both.
function bySex(names: NamesBySex, locale: string, which: string): readonly (readonly string[])[] {
  const generic = names.generic;
  const female = names.female ?? generic;
  const male = names.male ?? generic;
  if (female === undefined || male === undefined) throw new Error(`@faker-js/faker's ${locale} locale has no ${which} names`);
  return [female, male];
}

// The order and separator of the locale's most common plain name pattern:
// "{{person.firstName}} {{person.lastName}}", "{{person.lastName}} {{person.firstName}}".
function nameOrder(patterns: readonly { readonly value: string; readonly weight: number }[]): { familyNameFirst: boolean; separator: string } {
  const plain = patterns
    .filter((pattern) => /^\{\{person\.(firstName|lastName)\}\}(\s?)\{\{person\.(firstName|lastName)\}\}$/.test(pattern.value))
    .sort((a, b) => b.weight - a.weight)[0];
  if (plain === undefined) return { familyNameFirst: false, separator: ' ' };
  return { familyNameFirst: plain.value.startsWith('{{person.lastName}}'), separator: plain.value.includes('} {') ? ' ' : '' };
}

// E-mail addresses stay ASCII: Cyrillic suffixes (".рф") are left out.
function asciiOnly(list: readonly string[], locale: string, what: string): readonly string[] {
  const ascii = list.filter((text) => /^[\x21-\x7e]+$/.test(text));
  if (ascii.length === 0) throw new Error(`@faker-js/faker's ${locale} locale has no ASCII ${what}`);
  return ascii;
}

import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../../libs/api/src/locales.js';
import { LogicalType } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { dataset, field, generate, plan, records } from '../../../../test/engine/plans.js';
import { fakerDefinitions } from './locale-vocabulary.js';

// A dataset with every field a locale changes.
function peoplePlan(locale: string, size = 400) {
  return plan(
    [
      dataset('people', size, [
        field('id', 'id.sequence', { primaryKey: true, type: LogicalType.LOGICAL_TYPE_INTEGER }),
        field('first_name', 'person.first_name'),
        field('last_name', 'person.last_name'),
        field('full_name', 'person.full_name'),
        field('email', 'person.email', { unique: true }),
        field('username', 'person.username'),
        field('phone', 'person.phone'),
        field('street', 'address.street'),
        field('city', 'address.city'),
        field('state', 'address.state'),
        field('zip', 'address.zip'),
        field('country', 'address.country'),
        field('latitude', 'address.latitude'),
        field('currency', 'finance.currency_code'),
      ]),
    ],
    7,
    locale,
  );
}

type Person = Record<string, string | number>;

// Faker's symbols: "#" a digit, "!" a digit 2-9 (phones), "?" a capital letter, "*" either.
function symbolPattern(formats: readonly string[]): RegExp {
  const one = (format: string) =>
    [...format].map((char) => ({ '#': '\\d', '!': '[2-9]', '?': '[A-Z]', '*': '[0-9A-Z]' })[char] ?? char.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('');
  return new RegExp(`^(${formats.map(one).join('|')})$`);
}

describe.each(['de', 'fr', 'ja', 'pt_BR', 'es', 'it', 'nl'])('the %s locale', (locale) => {
  const data = fakerDefinitions(locale);
  const person = data.person!;
  const location = data.location!;
  const people = records(peoplePlan(locale), 'people') as Person[];
  const firstNames = new Set([...(person.first_name!.female ?? []), ...(person.first_name!.male ?? []), ...(person.first_name!.generic ?? [])]);
  const lastNames = new Set([...(person.last_name!.generic ?? []), ...(person.last_name!.female ?? []), ...(person.last_name!.male ?? [])]);

  it("writes only first and last names from Faker's lists for it, in its order in a full name", () => {
    for (const record of people) {
      expect(firstNames).toContain(record.first_name);
      expect(lastNames).toContain(record.last_name);
      expect(record.full_name).toBe(locale === 'ja' ? `${record.last_name} ${record.first_name}` : `${record.first_name} ${record.last_name}`);
    }
  });

  it('keeps e-mail addresses and usernames ASCII, on its e-mail domains', () => {
    const domains = new Set(data.internet!.free_email!);
    for (const record of people) {
      expect(record.email).toMatch(/^[a-z]+[._]?[a-z]+\d*@[a-z0-9.-]+$/);
      expect(domains).toContain(String(record.email).split('@')[1]);
      expect(record.username).toMatch(/^[a-z]+[._]?[a-z]+\d*$/);
    }
  });

  it("writes postcodes and phone numbers in its formats, and regions from Faker's list", () => {
    const postcodes = symbolPattern(typeof location.postcode === 'string' ? [location.postcode] : location.postcode!);
    const phones = symbolPattern(data.phone_number!.format!.human!);
    const states = new Set(location.state);
    for (const record of people) {
      expect(record.zip).toMatch(postcodes);
      expect(record.phone).toMatch(phones);
      expect(states).toContain(record.state);
    }
  });

  it("places every address in the locale's country, paid in its currency", () => {
    const expected = { de: ['Deutschland', 'EUR'], fr: ['France', 'EUR'], ja: ['日本', 'JPY'], pt_BR: ['Brasil', 'BRL'], es: ['España', 'EUR'], it: ['Italia', 'EUR'], nl: ['Nederland', 'EUR'] }[locale]!;
    expect(new Set(people.map((record) => record.country))).toEqual(new Set([expected[0]]));
    expect(new Set(people.map((record) => record.currency))).toEqual(new Set([expected[1]]));
    expect(location.country).toContain(expected[0]);
  });

  it('draws varied names and places', () => {
    const distinct = (column: string) => new Set(people.map((record) => record[column])).size;
    expect(distinct('first_name')).toBeGreaterThanOrEqual(Math.min(50, firstNames.size / 2));
    // pt_BR has 21 last names.
    expect(distinct('last_name')).toBeGreaterThanOrEqual(Math.min(50, lastNames.size / 2));
    for (const column of ['street', 'city', 'zip']) expect(distinct(column)).toBeGreaterThan(50);
  });
});

describe('a locale and a seed', () => {
  it.each(['de', 'ja'])('give the %s bytes of a record in any shard', (locale) => {
    const whole = generate(peoplePlan(locale, 300), 'people');
    const ranges = [
      { offset: 0, count: 120 },
      { offset: 120, count: 1 },
      { offset: 121, count: 179 },
    ];
    const shards = ranges.map((range) => generate(peoplePlan(locale, 300), 'people', range));
    expect(Buffer.concat(shards).toString()).toBe(whole.toString());
  });
});

describe('addresses from the templates of Faker', () => {
  it('writes German streets from the street list with a building number after them', () => {
    const streets = new Set(fakerDefinitions('de').location!.street_name);
    for (const record of records(peoplePlan('de', 200), 'people') as Person[]) {
      const [, street, number] = /^(.+) (\d+[a-c]?)$/.exec(String(record.street))!;
      expect(streets).toContain(street);
      expect(Number.parseInt(number!, 10)).toBeGreaterThan(0);
    }
  });

  it('writes Japanese addresses as chome, ban and go, in cities ending as Faker ends them', () => {
    const suffixes = fakerDefinitions('ja').location!.city_suffix!;
    for (const record of records(peoplePlan('ja', 200), 'people') as Person[]) {
      expect(record.street).toMatch(/^[1-9]丁目[1-9]番[1-9]号$/);
      expect(suffixes.some((suffix) => String(record.city).endsWith(suffix))).toBe(true);
    }
  });

  it('writes French cities from the city list and streets after their building number', () => {
    const location = fakerDefinitions('fr').location!;
    for (const record of records(peoplePlan('fr', 200), 'people') as Person[]) {
      expect(location.city_name).toContain(record.city);
      expect(record.street).toMatch(new RegExp(`^[1-9]\\d{0,3} (${location.street_prefix!.join('|')}) `));
    }
  });
});

describe('every locale', () => {
  it.each(LOCALES)('%s generates names, addresses and phones, with ASCII e-mails', (locale) => {
    const people = records(peoplePlan(locale, 50), 'people') as Person[];
    expect(people).toHaveLength(50);
    for (const record of people) {
      expect(record.email).toMatch(/^[\x21-\x7e]+$/);
      expect(record.username).toMatch(/^[a-z._\d]+$/);
      expect(String(record.first_name).length).toBeGreaterThan(0);
    }
  });
});

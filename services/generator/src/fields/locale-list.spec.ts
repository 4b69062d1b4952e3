import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES } from '../../../../libs/api/src/locales.js';
import { fakerDefinitions } from './locale-vocabulary.js';

// Every locale module @faker-js/faker ships ("de", "pt_BR", ...), but its base data and English.
const FAKER_LOCALES = readdirSync(join(dirname(createRequire(import.meta.url).resolve('@faker-js/faker/package.json')), 'dist', 'locale'))
  .filter((file) => /^[a-z]{2}(_[A-Za-z]+)*\.js$/.test(file))
  .map((file) => file.slice(0, -3))
  .filter((locale) => locale !== 'base' && locale !== 'en');

// What we accept: a locale with its own cities, streets, postcodes, regions and phone formats,
// and names of its own, or English ones for the English locales. Data a locale lacks comes from
// Faker's fallback to en, the same arrays as en's: a US state or an English name in a Japanese
// address would be a lie.
function qualifies(locale: string): boolean {
  const data = fakerDefinitions(locale);
  const english = fakerDefinitions('en');
  const own = (module: 'person' | 'location' | 'phone_number', key: string) => {
    const value = (data[module] as Record<string, unknown> | undefined)?.[key];
    return value != null && value !== (english[module] as Record<string, unknown> | undefined)?.[key];
  };
  const names = (own('person', 'first_name') && own('person', 'last_name')) || data.metadata?.language === 'en';
  const places = (own('location', 'city_pattern') || own('location', 'city_name')) && own('location', 'street_pattern') && own('location', 'postcode') && own('location', 'state');
  return names && places && own('phone_number', 'format');
}

describe('the locales a request may ask for', () => {
  it("are exactly Faker's locales with addresses, phones and names of their own", () => {
    // en_US is the default, whose US addresses Faker keeps in en itself.
    expect([...FAKER_LOCALES.filter(qualifies), DEFAULT_LOCALE].sort()).toEqual([...LOCALES].sort());
  });

  it('include the ones issue 15 names', () => {
    expect(LOCALES).toEqual(expect.arrayContaining(['en_US', 'de', 'fr', 'es', 'it', 'nl', 'pt_BR', 'ja']));
  });
});

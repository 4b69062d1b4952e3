// The locales a request may ask for: every locale @faker-js/faker ships with its own addresses
// (cities, streets, postcodes, regions), phone formats and person names (its own, or English
// ones for the English locales, as Faker's fallback chain gives them). The generator's
// locale-list.spec.ts checks this list against Faker's data, both ways.
export const LOCALES = [
  'af_ZA', 'cs_CZ', 'da', 'de', 'de_AT', 'de_CH', 'en_AU', 'en_AU_ocker', 'en_CA', 'en_GB', 'en_GH',
  'en_IN', 'en_NG', 'en_NP', 'en_US', 'en_ZA', 'es', 'es_MX', 'fa', 'fi', 'fr', 'fr_BE', 'fr_CA',
  'fr_CH', 'fr_LU', 'fr_SN', 'he', 'hr', 'hu', 'id_ID', 'it', 'ja', 'ko', 'lv', 'mk', 'nb_NO', 'ne',
  'nl', 'nl_BE', 'pl', 'pt_BR', 'pt_PT', 'ro', 'ru', 'sk', 'sr_RS_latin', 'sv', 'th', 'tr', 'uk',
  'vi', 'zh_CN', 'zh_TW', 'zu_ZA',
] as const;
export type LocaleName = (typeof LOCALES)[number];

// Also what a plan without a locale (an empty one, or one made before locales) means.
export const DEFAULT_LOCALE: LocaleName = 'en_US';

export function isLocale(name: string): name is LocaleName {
  return (LOCALES as readonly string[]).includes(name);
}

import type { LocaleName } from '../../../../libs/api/src/locales.js';
import { writtenLanguage } from '../builtin/prompt/lexicon/written-language.js';

// Whole words, as \b cannot tell where "österreich" or "español" begin and end.
function words(alternatives: string, flags = ''): RegExp {
  return new RegExp(`(?<!\\p{L})(${alternatives})(?!\\p{L})`, 'u' + flags);
}

// Words of a prompt that name a country, its people or its language ("a German online shop",
// "French bakery", "customers in Brazil"), and the locale they stand for. Matched as whole
// words, case-insensitively; the first match in the prompt wins.
const NAMED: readonly (readonly [RegExp, LocaleName])[] = [
  [words('austria|austrian|österreich'), 'de_AT'],
  [words('switzerland|swiss|schweiz'), 'de_CH'],
  [words('germany|german|deutschland|deutsch|deutsche[rnms]?'), 'de'],
  [words('quebec|québec|québécois'), 'fr_CA'],
  [words('belgium|belgian'), 'fr_BE'],
  [words('france|french|français|française'), 'fr'],
  [words('mexico|mexican|méxico|mexicano'), 'es_MX'],
  [words('spain|spanish|españa|español|española'), 'es'],
  [words('italy|italian|italia|italiano|italiana'), 'it'],
  [words('netherlands|dutch|holland|nederland|nederlandse?'), 'nl'],
  [words('brazil|brazilian|brasil|brasileir[oa]'), 'pt_BR'],
  [words('portugal|portuguese|português|portuguesa'), 'pt_PT'],
  [words('japan|japanese|nihon|日本'), 'ja'],
  [words('korea|korean|한국'), 'ko'],
  [words('taiwan|taiwanese'), 'zh_TW'],
  [words('china|chinese|中国'), 'zh_CN'],
  [words('united kingdom|britain|british|england|scotland|scottish|wales|welsh|uk'), 'en_GB'],
  [words('canada|canadian'), 'en_CA'],
  [words('australia|australian'), 'en_AU'],
  [words('india|indian'), 'en_IN'],
  [words('nigeria|nigerian'), 'en_NG'],
  [words('ghana|ghanaian'), 'en_GH'],
  [words('south africa|south african'), 'en_ZA'],
  [words('nepal|nepali|nepalese'), 'ne'],
  [words('poland|polish|polska'), 'pl'],
  [words('sweden|swedish|sverige'), 'sv'],
  [words('norway|norwegian|norge'), 'nb_NO'],
  [words('denmark|danish|danmark'), 'da'],
  [words('finland|finnish|suomi'), 'fi'],
  [words('czech|czechia'), 'cs_CZ'],
  [words('slovakia|slovak'), 'sk'],
  [words('hungary|hungarian'), 'hu'],
  [words('romania|romanian'), 'ro'],
  [words('croatia|croatian'), 'hr'],
  [words('serbia|serbian'), 'sr_RS_latin'],
  [words('latvia|latvian'), 'lv'],
  [words('russia|russian'), 'ru'],
  [words('ukraine|ukrainian'), 'uk'],
  [words('turkey|turkish|türkiye'), 'tr'],
  [words('israel|israeli|hebrew'), 'he'],
  [words('iran|iranian|persian|farsi'), 'fa'],
  [words('indonesia|indonesian'), 'id_ID'],
  [words('thailand|thai'), 'th'],
  [words('vietnam|vietnamese'), 'vi'],
];

// Dishes and phrases that name a country without placing the data in it.
const NOT_A_PLACE = words('french (fries|toast|press|door|horn)s?|german shepherds?|swiss cheese|turkey (sandwich|breast)|indian (ink|summer)|chinese (food|takeaway)|thai (food|curry)', 'g');

// Prompts in a script of its own (kana, hangul) name their language alone; Dutch, which no
// lexicon reads, shows in a few of its commonest words, two of which must appear. The
// languages the builtin planner reads are told by its lexicons, so both read a prompt alike.
const WRITTEN: readonly (readonly [RegExp, LocaleName, number])[] = [
  [/[\u3040-\u30ff]/g, 'ja', 1],
  [/[\uac00-\ud7af]/g, 'ko', 1],
  [words('winkel|klanten|bestellingen|producten|een|voor|het', 'g'), 'nl', 2],
];

// The locale a prompt names or is written in; undefined when it says nothing of one.
export function localeOfPrompt(prompt: string): LocaleName | undefined {
  const text = prompt.toLowerCase().replace(NOT_A_PLACE, ' ');
  let first: { locale: LocaleName; at: number } | undefined;
  for (const [words, locale] of NAMED) {
    const match = words.exec(text);
    if (match !== null && (first === undefined || match.index < first.at)) first = { locale, at: match.index };
  }
  if (first !== undefined) return first.locale;
  const language = writtenLanguage(prompt);
  if (language !== undefined) return language.lexicon.locale;
  let best: { locale: LocaleName; hits: number } | undefined;
  for (const [words, locale, least] of WRITTEN) {
    const hits = new Set(text.match(words) ?? []).size;
    if (hits >= least && (best === undefined || hits > best.hits)) best = { locale, hits };
  }
  return best?.locale;
}

// English number for entity and column words. Irregular words that a data prompt is likely
// to use are listed; the rest follow the regular endings.
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  person: 'people',
  child: 'children',
  man: 'men',
  woman: 'women',
  staff: 'staff',
  series: 'series',
  data: 'data',
  media: 'media',
  news: 'news',
  analysis: 'analyses',
  diagnosis: 'diagnoses',
  status: 'statuses',
  payroll: 'payroll',
  inventory: 'inventory',
  personnel: 'personnel',
  faculty: 'faculty',
  feedback: 'feedback',
  telemetry: 'telemetry',
  attendance: 'attendance',
  homework: 'homework',
  coursework: 'coursework',
  usage: 'usage',
  menu: 'menus',
  history: 'history',
  movie: 'movies',
  cookie: 'cookies',
  calorie: 'calories',
  selfie: 'selfies',
  zombie: 'zombies',
  rookie: 'rookies',
  hoodie: 'hoodies',
  smoothie: 'smoothies',
  species: 'species',
};

const IRREGULAR_SINGULARS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(IRREGULAR_PLURALS).map(([one, many]) => [many, one]),
);

export function singular(word: string): string {
  const irregular = IRREGULAR_SINGULARS[word] ?? (IRREGULAR_PLURALS[word] === undefined ? undefined : word);
  if (irregular !== undefined) return irregular;
  if (/(ss|us|is)$/.test(word) || word.length < 3) return word;
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|xes|zes|sses)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

export function plural(word: string): string {
  const irregular = IRREGULAR_PLURALS[word];
  if (irregular !== undefined) return irregular;
  if (IRREGULAR_SINGULARS[word] !== undefined) return word;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

export function isPlural(word: string): boolean {
  return singular(word) !== word || IRREGULAR_SINGULARS[word] !== undefined;
}

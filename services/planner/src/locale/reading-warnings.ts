// What the planner says about the language it read a prompt in, in one place: the builtin
// planner says names stay English, the locale rule says which locale the data takes, and a
// prompt written in the language gets both in one line rather than two that start alike.

export function languageWarning(language: string): string {
  return `Read the prompt as ${language}; dataset and column names are in English.`;
}

export function localeWarning(language: string, locale: string): string {
  return `Read the prompt as ${language}: names, addresses and phone numbers are ${locale}; send locale to choose another.`;
}

// The warnings with the locale said: folded into the language line when the planner read the
// prompt in that same language, appended otherwise.
export function withLocaleWarning(warnings: readonly string[], language: string, locale: string): string[] {
  const read = languageWarning(language);
  if (!warnings.includes(read)) return [...warnings, localeWarning(language, locale)];
  const both = `Read the prompt as ${language}: dataset and column names are in English; names, addresses and phone numbers are ${locale}; send locale to choose another.`;
  return warnings.map((warning) => (warning === read ? both : warning));
}

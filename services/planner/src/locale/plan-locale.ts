import type { Plan } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { DEFAULT_LOCALE, isLocale, LOCALES } from '../../../../libs/api/src/locales.js';
import { choiceText } from '../../../../libs/api/src/request-limits.js';
import { PayloadViolation } from '../rules/payload-violation.js';
import { localeOfPrompt } from './prompt-locale.js';
import { withLocaleWarning } from './reading-warnings.js';

// The plan's locale: the request's when it sends one, else the plan's own (a plan brought back,
// or one the model proposed), else the one the prompt names or is written in, said in a
// warning because the user did not ask for it in so many words, else en_US.
export function settleLocale(plan: Plan, requested: string, prompt: string): Plan {
  const chosen = requested || plan.locale;
  if (chosen !== '') {
    if (!isLocale(chosen)) {
      const field = requested === '' ? 'plan.locale' : 'locale';
      throw new PayloadViolation([`${field} must be ${choiceText(LOCALES)}; got "${chosen}"`], [`Send ${field} as one of the listed locales, or leave it out for ${DEFAULT_LOCALE}`]);
    }
    return { ...plan, locale: chosen };
  }
  const read = localeOfPrompt(prompt);
  if (read === undefined || read === DEFAULT_LOCALE) return { ...plan, locale: DEFAULT_LOCALE };
  const language = new Intl.DisplayNames(['en'], { type: 'language' }).of(read.replaceAll('_', '-')) ?? read;
  return {
    ...plan,
    locale: read,
    warnings: withLocaleWarning(plan.warnings, language, read),
  };
}

import type { DefectKind } from '../../../libs/reality/src/defect-kinds';

// Each defect kind in plain words, as the README's "Reality levels" table describes it: a
// short name and what the defect did to the value.
export interface DefectWords {
  readonly name: string;
  readonly meaning: string;
}

const WORDS: Readonly<Record<DefectKind, DefectWords>> = {
  null: { name: 'missing value', meaning: 'the value was replaced with null' },
  empty_string: { name: 'empty text', meaning: 'the text was replaced with nothing' },
  whitespace: { name: 'stray spaces', meaning: 'the text is padded with spaces' },
  case: { name: 'letter case', meaning: 'upper-cased, lower-cased or its first letter flipped' },
  typo: { name: 'typo', meaning: 'a keyboard slip: a neighbouring key, two letters swapped or one missed' },
  format_variant: { name: 'other format', meaning: 'the same value as another system writes it' },
  outlier: { name: 'outlier', meaning: 'an absurd value of the right type' },
  orphan_reference: { name: 'broken reference', meaning: 'points to a record that does not exist' },
  encoding_glitch: { name: 'encoding glitch', meaning: 'the text was read in the wrong character set' },
  duplicate_row: { name: 'duplicate row', meaning: 'repeats an earlier record, key included' },
  near_duplicate_row: { name: 'near-duplicate row', meaning: 'repeats an earlier record under its own key, with a small change' },
  broken_rule: { name: 'broken rule', meaning: "breaks a rule of the plan: a date before the one it follows, a value its condition rules out, a total or age that does not add up" },
};

export function defectWords(kind: string): DefectWords {
  // A kind the server learnt after this page was built still reads as words.
  return Object.hasOwn(WORDS, kind) ? WORDS[kind as DefectKind] : { name: kind.replace(/_/g, ' '), meaning: 'a defect injected on purpose' };
}

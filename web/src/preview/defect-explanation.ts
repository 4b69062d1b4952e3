import type { DefectEntry, RecordJson } from '../../../libs/client/src/api-types';
import { defectWords } from './defect-words';
import { recordInWords, valueInWords } from './value-words';

// What a highlighted cell or row tells a person, as lines: the kind in plain words, then the
// clean value, or, where the clean value is shown already, the value as generated.
export function cellExplanation(defect: DefectEntry, showingClean: boolean, generated: unknown): string[] {
  const words = defectWords(defect.kind);
  return [
    `${words.name}: ${words.meaning}`,
    showingClean ? `Fixed here. As generated: ${valueInWords(generated)}` : `Clean value: ${valueInWords(defect.clean)}`,
  ];
}

export function rowExplanation(defect: DefectEntry, showingClean: boolean, columns: readonly string[]): string[] {
  const words = defectWords(defect.kind);
  return [
    `${words.name}: ${words.meaning}`,
    showingClean ? 'Fixed here: the clean record that belongs in this row is shown.' : `Clean record: ${recordInWords(defect.clean as RecordJson, columns)}`,
  ];
}

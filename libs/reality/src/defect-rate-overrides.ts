import { isDefectKind } from './defect-kinds.js';

// Rates a caller sets for some defect kinds, replacing the reality level's own: the share of
// the values (of the records, for row defects) a kind can apply to that receive it.
export type DefectRateOverrides = Readonly<Record<string, number>>;

export interface DefectRateProblem {
  readonly kind: string;
  // True when the name is no defect kind at all, so the caller may suggest the closest one.
  readonly unknownKind: boolean;
  readonly message: string;
}

// What is wrong with each entry of a defect_rates object, in the order given; none when it
// can be used as it is. The gateway and the generator both check with this.
export function defectRateProblems(rates: Readonly<Record<string, unknown>>): DefectRateProblem[] {
  return Object.entries(rates).flatMap(([kind, rate]): DefectRateProblem[] => {
    if (!isDefectKind(kind)) return [{ kind, unknownKind: true, message: `Unknown defect kind "${kind}" in defect_rates` }];
    if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0 || rate > 1) {
      return [{ kind, unknownKind: false, message: `defect_rates.${kind} must be a number from 0 to 1` }];
    }
    return [];
  });
}

// The day an AGE formula with one operand counts ages on when the plan's formula.as_of is
// empty: the day the catalogue's birth dates make adults of 18 to 90 (BIRTH_DATE_RANGE). The
// generator computes ages from it; the page and the tests' rule checker name it.
export const DEFAULT_AGE_AS_OF = '2025-01-01';

import type { Field } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { FormulaOperator, LogicalType } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';

const AGES = ['age', 'age_years', 'current_age', 'patient_age', 'member_age'];
const BIRTH_DATES = ['date_of_birth', 'birth_date', 'birthdate', 'dob', 'birthday'];
// Dates of an occasion a record is about, at which an age is what the record would note: a
// patient's age at the appointment, an applicant's at the application.
const OCCASIONS = [
  'appointment_date', 'visit_date', 'admission_date', 'admitted_at', 'encounter_date', 'diagnosis_date',
  'claim_date', 'application_date', 'enrollment_date', 'event_date', 'check_in_date', 'collected_at', 'test_date',
];

// An age beside a date of birth agrees with it: whole years to the record's occasion, or to
// the formula's default day when the record has none.
export function applyAgeFormula(fields: Field[]): void {
  const dated = (names: readonly string[]): Field | undefined =>
    names.map((name) => fields.find((field) => field.name === name && isDate(field) && field.nullRate === 0)).find((field) => field !== undefined);
  const birth = dated(BIRTH_DATES);
  if (birth === undefined) return;
  const occasion = dated(OCCASIONS);
  for (const field of fields) {
    if (!AGES.includes(field.name) || field.primaryKey || field.foreignKey !== undefined) continue;
    field.generator = 'formula';
    field.type = LogicalType.LOGICAL_TYPE_INTEGER;
    field.scale = 0;
    field.numericRange = undefined;
    field.enumValues = [];
    field.nullable = false;
    field.nullRate = 0;
    field.formula = { operator: FormulaOperator.FORMULA_OPERATOR_AGE, operands: occasion === undefined ? [birth.name] : [birth.name, occasion.name], asOf: '' };
    field.description = occasion === undefined ? `Age in whole years from ${birth.name}` : `Age in whole years from ${birth.name} to ${occasion.name}`;
  }
}

function isDate(field: Field): boolean {
  return field.type === LogicalType.LOGICAL_TYPE_DATE || field.type === LogicalType.LOGICAL_TYPE_TIMESTAMP;
}

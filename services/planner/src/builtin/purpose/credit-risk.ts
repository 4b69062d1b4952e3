import { Distribution } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { bell, decimal, integer } from '../fields/recipes.js';
import { BASE_RATES } from './base-rates.js';
import type { Purpose } from './purpose.js';

const SKEWED = { distribution: Distribution.DISTRIBUTION_LOG_NORMAL };

// The inputs of every credit scorecard: the bureau score, debt against income (43% is the
// US qualified-mortgage ceiling), income, job stability and recent late payments.
export const CREDIT_RISK: Purpose = {
  name: 'credit risk',
  cues: [/\bcredit risk\b/, /\bcredit scoring\b/, /\b(loan|credit|payment) defaults?\b/, /\bdefault (prediction|risk|model)/],
  carriers: ['loans', 'loan_applications', 'applications', 'credit_applications', 'mortgages', 'credit_lines', 'borrowers'],
  entities: ['customers', 'loans'],
  domain: 'finance',
  label: {
    name: 'defaulted',
    aliases: ['is_default', 'has_defaulted', 'default', 'default_flag', 'is_defaulted'],
    description: 'Whether the borrower defaulted on the loan',
    rate: BASE_RATES.loanDefault,
  },
  features: [
    { name: 'credit_score', aliases: ['fico_score'], spec: bell(300, 850, 690, 80), lift: { when: { operator: 'below', value: 620 }, factor: 2.5 } },
    { name: 'debt_to_income_ratio', aliases: ['dti'], spec: decimal(0, 0.8, { scale: 2 }), lift: { when: { operator: 'at_least', value: 0.43 }, factor: 1.8 } },
    { name: 'annual_income', aliases: ['income'], spec: bell(25000, 250000, 72000, 24000, 2), lift: { when: { operator: 'below', value: 40000 }, factor: 1.5 } },
    { name: 'employment_length_years', spec: integer(0, 40, SKEWED), lift: { when: { operator: 'below', value: 2 }, factor: 1.4 }, unless: ['employment_start_date', 'hire_date'] },
    { name: 'late_payments_last_12m', spec: integer(0, 12, SKEWED), lift: { when: { operator: 'at_least', value: 2 }, factor: 2 } },
  ],
  outcomeValues: [{ field: 'status', values: ['defaulted', 'charged_off', 'written_off'] }],
};

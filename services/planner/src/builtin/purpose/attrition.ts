import { Distribution } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { bell, flag, integer } from '../fields/recipes.js';
import { BASE_RATES } from './base-rates.js';
import type { Purpose } from './purpose.js';

const SKEWED = { distribution: Distribution.DISTRIBUTION_LOG_NORMAL };

// The strongest drivers in IBM's HR Analytics sample: overtime (30.5% of those working it
// left, against 10.4%), low job satisfaction, the first years at the company, low pay and a
// long commute.
export const ATTRITION: Purpose = {
  name: 'employee attrition',
  cues: [/\battrition\b/, /\b(employee|staff|workforce|personnel) turnover\b/],
  carriers: ['employees', 'staff', 'workers', 'personnel'],
  entities: ['departments', 'employees'],
  domain: 'hr',
  label: {
    name: 'left_company',
    aliases: ['attrition', 'attrited', 'has_left', 'left'],
    description: 'Whether the employee left the company',
    rate: BASE_RATES.attrition,
  },
  features: [
    { name: 'overtime', aliases: ['works_overtime'], spec: flag(0.28), lift: { when: { operator: 'is_true' }, factor: 2.5 } },
    { name: 'job_satisfaction', spec: integer(1, 4, { description: 'Job satisfaction, 1 (low) to 4 (very high)' }), lift: { when: { operator: 'below', value: 2 }, factor: 1.5 } },
    { name: 'years_at_company', spec: integer(0, 40, SKEWED), lift: { when: { operator: 'below', value: 2 }, factor: 1.6 }, unless: ['hire_date', 'start_date', 'joined_date', 'date_joined'] },
    { name: 'salary', aliases: ['annual_salary', 'base_salary'], spec: bell(25000, 250000, 72000, 24000, 2), lift: { when: { operator: 'below', value: 45000 }, factor: 1.4 } },
    { name: 'distance_from_home_km', spec: integer(1, 60, SKEWED), lift: { when: { operator: 'at_least', value: 20 }, factor: 1.2 } },
  ],
  ongoingFlags: ['is_active', 'active'],
};

import { Distribution } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { bell, integer, oneOf } from '../fields/recipes.js';
import { BASE_RATES } from './base-rates.js';
import type { Purpose } from './purpose.js';

const SKEWED = { distribution: Distribution.DISTRIBUTION_LOG_NORMAL };

// The factors of the LACE index clinicians use: length of stay, earlier admissions, the
// burden of illness (conditions, medications) and where the patient is discharged to.
export const READMISSION: Purpose = {
  name: 'readmission prediction',
  cues: [/\bre-?admissions?\b/, /\bre-?admitted\b/],
  carriers: ['admissions', 'encounters', 'hospitalizations', 'hospital_stays', 'inpatient_stays', 'discharges', 'stays', 'visits'],
  entities: ['patients', 'admissions'],
  domain: 'healthcare',
  label: {
    name: 'readmitted_within_30_days',
    aliases: ['readmitted_30_days', 'readmitted_30d', 'readmitted', 'is_readmitted', 'readmission'],
    description: 'Whether the patient was admitted again within 30 days of discharge',
    rate: BASE_RATES.readmission,
  },
  features: [
    { name: 'length_of_stay', aliases: ['length_of_stay_days', 'los'], spec: integer(1, 30, SKEWED), lift: { when: { operator: 'at_least', value: 7 }, factor: 1.6 } },
    { name: 'prior_admissions_12m', spec: integer(0, 10, SKEWED), lift: { when: { operator: 'at_least', value: 2 }, factor: 1.8 } },
    { name: 'chronic_conditions', spec: integer(0, 8, SKEWED), lift: { when: { operator: 'at_least', value: 3 }, factor: 1.5 } },
    { name: 'medication_count', spec: bell(0, 40, 12, 6), lift: { when: { operator: 'at_least', value: 20 }, factor: 1.3 } },
    {
      name: 'discharge_disposition',
      spec: oneOf('home=65|home_health=15|skilled_nursing=12|rehab=5|against_medical_advice=3'),
      lift: { when: { operator: 'one_of', values: ['skilled_nursing', 'against_medical_advice'] }, factor: 1.6 },
    },
  ],
};

import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

export const HEALTHCARE: Domain = {
  name: 'healthcare',
  keywords: ['healthcare', 'health care', 'hospital', 'clinic', 'medical', 'health', 'patient care', 'ehr', 'pharmacy'],
  defaults: ['patients', 'doctors', 'appointments', 'prescriptions', 'diagnoses'],
  kinds: [
    {
      name: 'patients',
      description: 'A patient',
      person: true,
      fields: ['first_name', 'last_name', 'date_of_birth', 'gender', 'phone', 'email', 'city', 'blood_type', 'insurance_provider', 'registration_date'],
    },
    {
      name: 'doctors',
      aliases: ['physicians', 'clinicians', 'practitioners', 'dentists', 'therapists', 'surgeons', 'veterinarians', 'vets', 'specialists'],
      description: 'A doctor',
      person: true,
      references: ['hospitals'],
      fields: ['first_name', 'last_name', 'specialty', 'email', 'phone', 'license_number', 'years_of_experience'],
    },
    {
      name: 'nurses',
      description: 'A nurse',
      person: true,
      references: ['hospitals'],
      fields: ['first_name', 'last_name', 'ward', 'shift', 'phone', 'hire_date'],
    },
    {
      name: 'appointments',
      aliases: ['visits', 'consultations'],
      description: "A patient's appointment with a doctor",
      references: ['patients', 'doctors'],
      fields: ['appointment_date', 'duration_minutes', 'reason', 'status', 'notes'],
      enums: { status: weighted('scheduled=25|completed=55|cancelled=12|no_show=8') },
      ranges: { duration_minutes: [10, 60] },
    },
    {
      name: 'prescriptions',
      description: 'A medication prescribed to a patient',
      references: ['patients', 'doctors', 'medications'],
      fields: ['medication', 'dosage', 'frequency', 'start_date', 'end_date', 'refills'],
      ranges: { refills: [0, 5] },
    },
    {
      name: 'medications',
      aliases: ['drugs', 'medicines'],
      description: 'A medication',
      fields: ['name', 'manufacturer', 'dosage_form', 'strength_mg', 'unit_price'],
      enums: { name: weighted('Amoxicillin|Lisinopril|Metformin|Atorvastatin|Omeprazole|Amlodipine|Ibuprofen|Levothyroxine|Albuterol|Sertraline') },
    },
    {
      name: 'diagnoses',
      singular: 'diagnosis',
      description: 'A diagnosis made for a patient',
      references: ['patients', 'doctors'],
      fields: ['icd10_code', 'description', 'diagnosis_date', 'severity'],
    },
    {
      name: 'lab_results',
      aliases: ['lab tests', 'test results', 'labs'],
      description: 'A laboratory test result',
      references: ['patients'],
      fields: ['test_name', 'result_value', 'unit', 'is_abnormal', 'collected_at'],
      enums: {
        test_name: weighted('Hemoglobin|Glucose|Cholesterol|Creatinine|Sodium|Potassium|TSH|Vitamin D'),
        unit: weighted('mg/dL|mmol/L|g/dL|mIU/L|ng/mL'),
      },
    },
    {
      name: 'admissions',
      aliases: ['hospital stays', 'inpatient stays'],
      description: 'A hospital admission',
      references: ['patients', 'hospitals'],
      fields: ['admission_date', 'discharge_date', 'ward', 'reason', 'status'],
      enums: { status: weighted('admitted=20|discharged=75|transferred=5') },
    },
    {
      name: 'hospitals',
      setting: true,
      aliases: ['clinics', 'medical centers'],
      description: 'A hospital',
      naming: 'company.name',
      fields: ['name', 'city', 'state', 'phone', 'bed_count'],
    },
  ],
};

import { describe, expect, it } from 'vitest';
import type { Dataset, Plan } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { LogicalType } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { BuiltinPlanner } from '../builtin-planner.js';
import { BASE_RATES } from './base-rates.js';
import { conditionProbability } from './condition-probability.js';
import { recognisePurposes } from './purposes.js';

function planOf(prompt: string): Plan {
  return new BuiltinPlanner().createPlan({ prompt, seed: 1 });
}

function datasetOf(plan: Plan, name: string): Dataset {
  const dataset = plan.datasets.find((candidate) => candidate.name === name);
  if (dataset === undefined) throw new Error(`no dataset ${name} in ${plan.datasets.map((candidate) => candidate.name).join(', ')}`);
  return dataset;
}

// The rate the brief's formula gives: base × Π(1 + p_i (f_i − 1)), with p_i read from the plan.
function closedFormRate(dataset: Dataset, label: string): { rate: number; highest: number } {
  const field = dataset.fields.find((candidate) => candidate.name === label)!;
  let rate = field.trueProbability;
  let highest = field.trueProbability;
  for (const lift of field.lifts) {
    const tested = dataset.fields.find((candidate) => candidate.name === lift.when!.field)!;
    const probability = conditionProbability(lift.when!, tested)!;
    rate *= 1 + probability * (lift.factor - 1);
    if (lift.factor > 1) highest *= lift.factor;
  }
  return { rate, highest };
}

const CASES = [
  { prompt: 'credit card transactions for fraud detection model training', dataset: 'transactions', label: 'is_fraud', rate: BASE_RATES.cardFraud, features: ['amount', 'merchant_category', 'card_present', 'is_international', 'distance_from_home_km'] },
  { prompt: 'insurance claims for fraud detection', dataset: 'claims', label: 'is_fraud', rate: BASE_RATES.claimFraud, features: ['claim_amount', 'days_since_policy_start', 'police_report_filed', 'witness_present', 'prior_claims'] },
  { prompt: 'churn prediction for a telecom company', dataset: 'subscribers', label: 'churned', rate: BASE_RATES.churn, features: ['contract_type', 'monthly_charges', 'support_tickets_last_90d', 'days_since_last_login'] },
  { prompt: 'SaaS customers for churn analysis', dataset: 'customers', label: 'churned', rate: BASE_RATES.churn, features: ['tenure_months', 'contract_type', 'monthly_charges', 'support_tickets_last_90d', 'days_since_last_login'] },
  { prompt: 'employee attrition analysis', dataset: 'employees', label: 'left_company', rate: BASE_RATES.attrition, features: ['overtime', 'job_satisfaction', 'salary', 'distance_from_home_km'] },
  { prompt: 'sensor readings for anomaly detection', dataset: 'readings', label: 'is_anomaly', rate: BASE_RATES.anomaly, features: ['temperature', 'vibration_mm_s', 'error_count'] },
  { prompt: 'loan applications for credit risk modeling', dataset: 'loans', label: 'defaulted', rate: BASE_RATES.loanDefault, features: ['credit_score', 'debt_to_income_ratio', 'annual_income', 'employment_length_years', 'late_payments_last_12m'] },
  { prompt: 'leads for lead scoring', dataset: 'leads', label: 'converted', rate: BASE_RATES.leadConversion, features: ['source', 'email_opens', 'website_visits', 'demo_requested'] },
  { prompt: 'hospital readmission prediction', dataset: 'admissions', label: 'readmitted_within_30_days', rate: BASE_RATES.readmission, features: ['length_of_stay', 'prior_admissions_12m', 'chronic_conditions', 'medication_count', 'discharge_disposition'] },
  { prompt: 'ad impressions for click-through rate prediction', dataset: 'ad_impressions', label: 'clicked', rate: BASE_RATES.clickThrough, features: ['ad_position', 'ad_format', 'device_type', 'is_retargeted', 'previous_clicks'] },
  { prompt: 'emails for spam detection', dataset: 'messages', label: 'is_spam', rate: BASE_RATES.spam, features: ['link_count', 'sender_in_contacts', 'uppercase_ratio', 'has_attachment'] },
];

describe('a prompt stating what the data is for', () => {
  for (const { prompt, dataset: name, label, rate, features } of CASES) {
    it(`"${prompt}" labels ${name}.${label} at ${rate}, driven by its features`, () => {
      const plan = planOf(prompt);
      const dataset = datasetOf(plan, name);
      const labelField = dataset.fields.at(-1)!;
      expect(labelField.name).toBe(label);
      expect(labelField.type).toBe(LogicalType.LOGICAL_TYPE_BOOLEAN);
      expect(dataset.fields.map((field) => field.name)).toEqual(expect.arrayContaining(features));
      expect(labelField.lifts.map((lift) => lift.when?.field)).toEqual(features);
      const { rate: overall, highest } = closedFormRate(dataset, label);
      expect(Math.abs(overall - rate)).toBeLessThan(1e-9);
      expect(highest).toBeLessThanOrEqual(1);
      expect(plan.warnings).toContainEqual(expect.stringMatching(new RegExp(`^${label}: ${Number((rate * 100).toPrecision(3))}% of ${name}, likelier with `)));
    });
  }

  it('names the label, its rate and what drives it in one warning', () => {
    expect(planOf('credit card transactions for fraud detection model training').warnings).toContain(
      'is_fraud: 1% of transactions, likelier with amount at least 500, merchant_category electronics/jewelry/gift_cards, card_present false, is_international, distance_from_home_km at least 200',
    );
  });

  it('makes long contracts rarer churners and drops the statuses that would contradict the label', () => {
    const plan = planOf('churn prediction for a telecom company');
    const subscribers = datasetOf(plan, 'subscribers');
    const contract = subscribers.fields.find((field) => field.name === 'churned')!.lifts.find((lift) => lift.when?.field === 'contract_type')!;
    expect(contract.factor).toBeLessThan(1);
    expect(subscribers.fields.find((field) => field.name === 'status')!.enumValues.map((entry) => entry.value)).not.toContain('cancelled');
  });

  it('keeps employees who left inactive', () => {
    const employees = datasetOf(planOf('employee attrition analysis'), 'employees');
    expect(employees.fields.find((field) => field.name === 'is_active')!.onlyWhen).toMatchObject({ field: 'left_company' });
  });

  it('adds no years_at_company beside a hire_date that already fixes it', () => {
    const employees = datasetOf(planOf('employee attrition analysis'), 'employees');
    expect(employees.fields.map((field) => field.name)).toContain('hire_date');
    expect(employees.fields.map((field) => field.name)).not.toContain('years_at_company');
  });

  it('puts the label on the plan’s facts, and says so, when no dataset is a natural carrier', () => {
    const plan = planOf('customers and products for fraud detection');
    expect(plan.warnings).toContainEqual(expect.stringMatching(/^The plan has no transactions, payments, transfers for fraud detection; \w+ carry its label$/));
    expect(plan.datasets.at(-1)!.fields.at(-1)!.name).toBe('is_fraud');
  });

  it('adds the ratings a recommender learns from, linking users to items', () => {
    const plan = planOf('movie recommendations dataset');
    const ratings = datasetOf(plan, 'ratings');
    expect(ratings.fields.flatMap((field) => (field.foreignKey === undefined ? [] : [field.foreignKey.dataset]))).toEqual(['users', 'movies']);
    expect(ratings.fields.map((field) => field.name)).toContain('rating');
  });

  it('adds an interactions dataset when the prompt names users and items only', () => {
    const plan = planOf('users and products for a recommender system');
    expect(plan.warnings).toContain('Recommendations needs records linking users to items; added reviews');
    expect(plan.datasets.map((dataset) => dataset.name)).toContain('reviews');
  });
});

describe('recognisePurposes', () => {
  it('reads no purpose from a column list', () => {
    expect(recognisePurposes('transactions (id, amount, fraud)')).toEqual([]);
  });

  it('reads a purpose in another language in its English words', () => {
    const transactions = datasetOf(planOf('Bank mit Kunden, Konten und Transaktionen zur Betrugserkennung'), 'transactions');
    expect(transactions.fields.at(-1)).toMatchObject({ name: 'is_fraud' });
    expect(transactions.fields.at(-1)!.lifts.length).toBeGreaterThan(0);
  });

  it('leaves a prompt that states no purpose alone', () => {
    const plan = planOf('credit card transactions');
    expect(plan.datasets.flatMap((dataset) => dataset.fields).filter((field) => field.lifts.length > 0)).toEqual([]);
  });
});

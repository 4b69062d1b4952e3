import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

export const CRM: Domain = {
  name: 'crm',
  keywords: ['crm', 'sales pipeline', 'sales team', 'salesforce', 'lead management', 'marketing', 'b2b sales'],
  defaults: ['companies', 'contacts', 'leads', 'deals', 'activities'],
  kinds: [
    {
      name: 'companies',
      setting: true,
      aliases: ['organizations', 'organisations', 'businesses', 'firms', 'accounts', 'customer accounts'],
      description: 'A company',
      naming: 'company.name',
      fields: ['name', 'industry', 'website', 'city', 'country', 'employee_count', 'annual_revenue'],
      ranges: { employee_count: [1, 10000], annual_revenue: [100000, 500000000] },
    },
    {
      name: 'contacts',
      aliases: ['people', 'persons'],
      description: 'A person at a company',
      person: true,
      references: ['companies'],
      fields: ['first_name', 'last_name', 'email', 'phone', 'job_title', 'city', 'created_at'],
    },
    {
      name: 'sales_reps',
      aliases: ['sales representatives', 'salespeople', 'sales people', 'account executives', 'account managers', 'sales staff', 'sales team', 'sales force'],
      description: 'A member of the sales team',
      person: true,
      fields: ['first_name', 'last_name', 'email', 'phone', 'region', 'annual_quota', 'hire_date', 'is_active'],
      ranges: { annual_quota: [250000, 2000000] },
    },
    {
      name: 'leads',
      aliases: ['prospects', 'sales leads'],
      description: 'A potential customer',
      person: true,
      references: ['companies', 'sales_reps'],
      fields: ['first_name', 'last_name', 'email', 'source', 'status', 'score', 'created_at'],
      enums: {
        source: weighted('website=35|referral=20|event=15|cold_outreach=15|paid_ads=15'),
        status: weighted('new=35|contacted=25|qualified=20|unqualified=15|converted=5'),
      },
    },
    {
      name: 'deals',
      aliases: ['opportunities', 'sales opportunities'],
      description: 'A sales opportunity',
      references: ['companies', 'contacts'],
      fields: ['name', 'amount', 'stage', 'probability', 'expected_close_date', 'created_at'],
      enums: { stage: weighted('prospecting=25|qualification=20|proposal=20|negotiation=15|closed_won=10|closed_lost=10') },
      ranges: { amount: [1000, 250000], probability: [0, 100] },
    },
    {
      name: 'activities',
      aliases: ['sales activities', 'interactions', 'meetings'],
      description: 'A call, email or meeting with a contact',
      references: ['contacts', 'deals'],
      fields: ['activity_type', 'subject', 'occurred_at', 'duration_minutes', 'outcome'],
      enums: {
        activity_type: weighted('email=40|call=30|meeting=20|demo=10'),
        outcome: weighted('positive=35|neutral=45|negative=20'),
      },
    },
    {
      name: 'campaigns',
      aliases: ['marketing campaigns', 'email campaigns'],
      description: 'A marketing campaign',
      fields: ['name', 'channel', 'budget', 'start_date', 'end_date', 'status'],
      enums: {
        channel: weighted('email=35|social=25|search=20|display=10|events=10'),
        status: weighted('planned=15|active=35|completed=45|cancelled=5'),
      },
      ranges: { budget: [1000, 200000] },
    },
  ],
};

import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

export const SAAS_BILLING: Domain = {
  name: 'saas',
  keywords: ['saas', 'software as a service', 'subscription', 'billing', 'recurring revenue', 'mrr', 'b2b software', 'tenant'],
  defaults: ['accounts', 'subscriptions', 'plans', 'invoices', 'payments'],
  kinds: [
    {
      name: 'accounts',
      aliases: ['organizations', 'organisations', 'tenants', 'workspaces', 'companies', 'customers'],
      description: 'A customer organisation',
      naming: 'company.name',
      fields: ['name', 'industry', 'website', 'country', 'employee_count', 'created_at'],
      ranges: { employee_count: [1, 5000] },
    },
    {
      name: 'users',
      aliases: ['members'],
      description: 'A user of a customer organisation',
      person: true,
      references: ['accounts'],
      fields: ['first_name', 'last_name', 'email', 'role', 'created_at', 'last_login_at', 'is_active'],
      enums: { role: weighted('admin=10|member=70|viewer=20') },
    },
    {
      name: 'plans',
      aliases: ['pricing plans', 'tiers', 'pricing tiers'],
      description: 'A pricing plan',
      fields: ['name', 'monthly_price', 'annual_price', 'max_users', 'trial_days', 'is_active'],
      enums: { name: weighted('Free|Starter|Pro|Business|Enterprise') },
      ranges: { monthly_price: [0, 499], annual_price: [0, 4990], max_users: [1, 500] },
    },
    {
      name: 'subscriptions',
      description: "An account's subscription to a plan",
      references: ['accounts', 'plans'],
      fields: ['status', 'billing_cycle', 'start_date', 'renewal_date', 'seats', 'mrr'],
      enums: {
        status: weighted('active=65|trialing=10|past_due=7|canceled=18'),
        billing_cycle: weighted('monthly=65|annual=35'),
      },
      ranges: { seats: [1, 200], mrr: [0, 20000] },
    },
    {
      name: 'invoices',
      aliases: ['bills'],
      description: 'An invoice sent to an account',
      references: ['accounts', 'subscriptions'],
      fields: ['invoice_number', 'issue_date', 'due_date', 'subtotal', 'tax', 'total', 'currency', 'status', 'paid_at'],
      enums: { status: weighted('paid=75|open=12|past_due=6|void=4|uncollectible=3') },
    },
    {
      name: 'payments',
      aliases: ['charges'],
      description: 'A payment of an invoice',
      references: ['invoices', 'accounts'],
      fields: ['amount', 'payment_method', 'status', 'paid_at'],
      enums: { status: weighted('succeeded=90|failed=7|refunded=3'), payment_method: weighted('card=75|ach=15|wire=7|paypal=3') },
    },
    {
      name: 'usage_records',
      aliases: ['usage events', 'usage', 'metered usage', 'api usage'],
      description: 'Metered usage of an account',
      references: ['accounts', 'subscriptions'],
      fields: ['metric', 'quantity', 'recorded_at'],
      enums: { metric: weighted('api_calls=50|storage_gb=20|active_seats=15|emails_sent=15') },
      ranges: { quantity: [1, 10000] },
    },
  ],
};

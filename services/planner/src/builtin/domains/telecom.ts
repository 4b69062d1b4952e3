import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

export const TELECOM: Domain = {
  name: 'telecom',
  keywords: ['telecom', 'telecoms', 'telecommunications', 'telco', 'mobile carrier', 'wireless carrier', 'mobile operator', 'mobile network', 'network operator', 'cellular', 'mvno', 'phone company', 'roaming'],
  defaults: ['subscribers', 'plans', 'call_records', 'invoices', 'payments'],
  scenarios: [
    { name: 'telecom billing', keywords: ['billing', 'telecom billing', 'phone bills', 'invoicing'], core: ['subscribers', 'invoices', 'plans', 'payments', 'call_records'] },
  ],
  kinds: [
    {
      name: 'subscribers',
      aliases: ['customers', 'mobile subscribers', 'mobile customers'],
      description: 'A subscriber of the network',
      person: true,
      references: ['plans'],
      fields: ['first_name', 'last_name', 'email', 'phone_number', 'city', 'country', 'status', 'activation_date'],
      enums: { status: weighted('active=80|suspended=5|pending_activation=3|ported_out=4|cancelled=8') },
    },
    {
      name: 'plans',
      aliases: ['tariffs', 'tariff plans', 'rate plans', 'price plans', 'mobile plans', 'data plans'],
      description: 'A tariff plan',
      fields: ['name', 'plan_type', 'monthly_price', 'data_allowance_gb', 'included_minutes', 'contract_months', 'is_active'],
      enums: {
        name: weighted('Prepaid Basic|Prepaid Plus|Essential|Unlimited|Unlimited Premium|Family Share|Business Pro'),
        plan_type: weighted('postpaid=65|prepaid=35'),
      },
      // Contract length 0 is a plan without a minimum term, as prepaid plans are.
      ranges: { monthly_price: [5, 120], data_allowance_gb: [1, 100], included_minutes: [100, 3000], contract_months: [0, 24] },
    },
    {
      name: 'sim_cards',
      aliases: ['sim cards', 'sims', 'esims'],
      description: "A SIM card on a subscriber's line",
      references: ['subscribers'],
      fields: ['iccid', 'sim_type', 'status', 'activation_date'],
      enums: {
        sim_type: weighted('physical=75|esim=25'),
        status: weighted('active=82|inactive=8|suspended=4|lost_or_stolen=2|deactivated=4'),
      },
    },
    {
      name: 'call_records',
      aliases: ['call detail records', 'cdrs', 'phone calls', 'voice calls'],
      description: 'A call made by a subscriber',
      references: ['subscribers', 'cell_towers'],
      fields: ['started_at', 'duration_seconds', 'call_type', 'destination_number', 'cost'],
      enums: { call_type: weighted('local=55|long_distance=25|international=10|toll_free=7|premium_rate=3') },
      ranges: { duration_seconds: [1, 5400], cost: [0, 25] },
    },
    {
      name: 'sms_messages',
      aliases: ['sms messages', 'text messages'],
      description: 'A text message sent by a subscriber',
      references: ['subscribers', 'cell_towers'],
      fields: ['sent_at', 'destination_number', 'message_type', 'cost'],
      enums: { message_type: weighted('sms=92|mms=8') },
      ranges: { cost: [0, 0.5] },
    },
    {
      name: 'data_sessions',
      aliases: ['data usage', 'data sessions', 'data usage sessions', 'mobile data usage'],
      description: "A subscriber's mobile data session",
      references: ['subscribers', 'cell_towers'],
      fields: ['started_at', 'duration_seconds', 'megabytes_used', 'network_type'],
      enums: { network_type: weighted('4G=55|5G=33|3G=10|2G=2') },
      ranges: { duration_seconds: [10, 7200], megabytes_used: [0.1, 2500] },
    },
    {
      name: 'invoices',
      aliases: ['bills', 'phone bills', 'monthly bills'],
      description: "A subscriber's monthly bill",
      references: ['subscribers'],
      fields: ['invoice_number', 'period_start', 'period_end', 'issue_date', 'due_date', 'amount', 'status', 'paid_at'],
      enums: { status: weighted('paid=78|unpaid=8|overdue=9|disputed=2|written_off=3') },
      ranges: { amount: [10, 250] },
    },
    {
      name: 'cell_towers',
      aliases: ['towers', 'cell sites', 'base stations'],
      description: 'A cell site of the network',
      fields: ['site_code', 'city', 'latitude', 'longitude', 'technology', 'installed_date'],
      enums: { technology: weighted('4G=55|5G=30|3G=12|2G=3') },
    },
    {
      name: 'payments',
      aliases: ['bill payments', 'top-ups', 'top ups', 'recharges'],
      description: "A subscriber's payment of an invoice",
      references: ['invoices', 'subscribers'],
      fields: ['amount', 'payment_method', 'channel', 'paid_at', 'status'],
      enums: { status: weighted('completed=90|pending=4|failed=4|reversed=2'), channel: weighted('auto_debit=45|app=25|web=15|store=10|phone=5') },
    },
  ],
};

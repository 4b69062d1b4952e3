import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

export const SUPPORT_DESK: Domain = {
  name: 'support',
  keywords: ['support', 'help desk', 'helpdesk', 'service desk', 'customer service', 'customer support', 'ticketing', 'zendesk', 'sla', 'call center', 'call centre', 'contact center', 'contact centre'],
  defaults: ['customers', 'tickets', 'agents', 'ticket replies', 'satisfaction_surveys'],
  scenarios: [
    { name: 'call center', keywords: ['call center', 'call centre', 'contact center', 'contact centre', 'phone support', 'inbound calls'], core: ['customers', 'agents', 'calls', 'satisfaction_surveys'] },
  ],
  kinds: [
    {
      name: 'customers',
      aliases: ['requesters', 'end users', 'contacts', 'clients'],
      description: 'A customer asking for help',
      person: true,
      fields: ['first_name', 'last_name', 'email', 'phone', 'company', 'plan', 'created_at'],
      enums: { plan: weighted('free=40|standard=35|premium=20|enterprise=5') },
    },
    {
      name: 'agents',
      aliases: ['support agents', 'support staff', 'representatives', 'reps'],
      description: 'A support agent',
      person: true,
      references: ['teams'],
      fields: ['first_name', 'last_name', 'email', 'hire_date', 'skill_level', 'is_active'],
      enums: { skill_level: weighted('tier_1=55|tier_2=30|tier_3=15') },
    },
    {
      name: 'tickets',
      aliases: ['support tickets', 'cases', 'support cases', 'support requests', 'help requests'],
      description: 'A support request',
      references: ['customers', 'agents'],
      fields: ['subject', 'description', 'category', 'priority', 'channel', 'status', 'created_at', 'first_response_at', 'resolved_at'],
      enums: {
        category: weighted('billing=25|technical=35|account=20|feature_request=10|other=10'),
        channel: weighted('email=45|chat=25|phone=15|web_form=10|social=5'),
        status: weighted('open=15|pending=10|in_progress=15|resolved=45|closed=15'),
      },
    },
    {
      name: 'ticket_comments',
      aliases: ['comments', 'ticket replies', 'replies', 'responses', 'ticket messages', 'messages', 'conversations'],
      description: 'A message on a ticket',
      references: ['tickets', 'agents'],
      fields: ['author_type', 'body', 'channel', 'is_internal', 'created_at'],
      enums: { author_type: weighted('agent=55|customer=45') },
    },
    {
      name: 'satisfaction_surveys',
      aliases: ['csat surveys', 'csat responses', 'satisfaction ratings', 'surveys', 'feedback'],
      description: "A customer's rating of a resolved ticket",
      references: ['tickets', 'customers'],
      fields: ['score', 'nps_score', 'comment', 'channel', 'submitted_at'],
      ranges: { score: [1, 5] },
    },
    {
      name: 'teams',
      aliases: ['support teams', 'queues'],
      description: 'A team of agents',
      fields: ['name', 'timezone', 'created_at'],
      enums: { name: weighted('Billing|Technical Support|Onboarding|Escalations|Enterprise'), timezone: weighted('UTC|America/New_York|Europe/London|Asia/Singapore') },
    },
    {
      name: 'articles',
      aliases: ['knowledge base articles', 'kb articles', 'help articles', 'help center articles'],
      description: 'A help centre article',
      references: [{ kind: 'agents', column: 'author_id' }],
      fields: ['title', 'body', 'category', 'view_count', 'published_at'],
      enums: { category: weighted('getting_started|billing|troubleshooting|integrations|account') },
    },
    {
      name: 'calls',
      aliases: ['phone calls', 'support calls', 'inbound calls', 'call logs'],
      description: 'A call between a customer and an agent',
      references: ['customers', 'agents'],
      fields: ['started_at', 'direction', 'queue', 'wait_seconds', 'talk_seconds', 'hold_seconds', 'outcome', 'first_call_resolution'],
      enums: {
        direction: weighted('inbound=80|outbound=20'),
        queue: weighted('billing=30|technical=35|sales=15|retention=10|general=10'),
        outcome: weighted('resolved=65|escalated=12|callback_scheduled=10|transferred=8|abandoned=5'),
      },
      ranges: { wait_seconds: [0, 900], talk_seconds: [30, 2400], hold_seconds: [0, 600] },
    },
  ],
};

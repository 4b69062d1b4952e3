import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

// Charities, churches and foundations: who gives, what they give to, and who helps.
export const NONPROFIT: Domain = {
  name: 'nonprofit',
  keywords: ['nonprofit', 'non-profit', 'charity', 'charities', 'fundraising', 'ngo', 'church', 'foundation', 'donor management', 'donations'],
  defaults: ['donors', 'donations', 'campaigns'],
  scenarios: [
    { name: 'fundraising', keywords: ['nonprofit', 'non-profit', 'charity', 'fundraising', 'donor management', 'church', 'ngo'], core: ['donors', 'donations', 'campaigns'] },
  ],
  kinds: [
    {
      name: 'donors',
      aliases: ['supporters', 'givers', 'contributors'],
      description: 'A person who gives to the organisation',
      person: true,
      fields: ['first_name', 'last_name', 'email', 'city', 'donor_type', 'first_gift_date', 'lifetime_giving', 'is_recurring'],
      enums: { donor_type: weighted('individual=80|family=10|business=7|foundation=3') },
      ranges: { lifetime_giving: [5, 50000] },
    },
    {
      name: 'campaigns',
      aliases: ['fundraising campaigns', 'appeals', 'fundraisers'],
      description: 'A fundraising campaign',
      fields: ['name', 'cause', 'goal_amount', 'raised_amount', 'start_date', 'end_date', 'channel', 'status'],
      enums: {
        name: weighted('Year-End Appeal|Spring Gala|Giving Tuesday|Building Fund|Back to School|Winter Relief|Clean Water Drive'),
        cause: weighted('education=20|health=20|hunger=15|environment=15|community=20|disaster_relief=10'),
        channel: weighted('email=35|events=20|direct_mail=15|social=20|peer_to_peer=10'),
        status: weighted('active=30|completed=60|planned=10'),
      },
      ranges: { goal_amount: [5000, 500000] },
    },
    {
      name: 'donations',
      aliases: ['gifts', 'contributions', 'pledges', 'tithes'],
      description: 'A gift a donor makes',
      references: ['donors', 'campaigns'],
      fields: ['donated_at', 'amount', 'currency', 'payment_method', 'is_recurring', 'is_anonymous', 'designation', 'receipt_sent'],
      enums: {
        payment_method: weighted('credit_card=55|bank_transfer=15|check=12|paypal=12|cash=6'),
        designation: weighted('general_fund=55|program=25|building=10|scholarship=10'),
      },
      ranges: { amount: [5, 5000] },
    },
    {
      name: 'volunteers',
      description: 'A person who gives time',
      person: true,
      fields: ['first_name', 'last_name', 'email', 'phone', 'skills', 'joined_date', 'hours_per_month', 'is_active'],
      enums: { skills: weighted('events=25|tutoring=15|fundraising=15|admin=15|outreach=20|logistics=10') },
      ranges: { hours_per_month: [1, 40] },
    },
  ],
};

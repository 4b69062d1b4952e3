import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

export const INSURANCE: Domain = {
  name: 'insurance',
  keywords: ['insurance', 'insurer', 'underwriting', 'actuarial', 'coverage'],
  defaults: ['policyholders', 'policies', 'claims', 'agents', 'premium payments'],
  scenarios: [
    { name: 'claims fraud', keywords: ['fraud', 'claims fraud', 'insurance fraud', 'fraud detection'], core: ['claims', 'policies', 'policyholders', 'agents'] },
  ],
  kinds: [
    {
      name: 'policyholders',
      aliases: ['policy holders', 'insureds', 'members', 'customers', 'clients'],
      description: 'A person holding an insurance policy',
      person: true,
      fields: ['first_name', 'last_name', 'date_of_birth', 'email', 'phone', 'city', 'state'],
    },
    {
      name: 'policies',
      singular: 'policy',
      aliases: ['insurance policies', 'contracts'],
      description: 'An insurance policy',
      references: ['policyholders', 'agents'],
      fields: ['policy_number', 'policy_type', 'premium_amount', 'coverage_amount', 'deductible', 'start_date', 'end_date', 'status'],
      enums: {
        policy_type: weighted('auto=35|home=25|life=15|health=15|travel=10'),
        status: weighted('active=70|lapsed=10|cancelled=8|expired=12'),
      },
    },
    {
      name: 'claims',
      description: 'A claim made against a policy',
      references: ['policies'],
      fields: ['claim_number', 'claim_date', 'claim_type', 'claim_amount', 'status', 'settled_date', 'description'],
      enums: {
        claim_type: weighted('collision=30|theft=10|water_damage=15|fire=5|medical=25|liability=15'),
        status: weighted('submitted=15|under_review=20|approved=35|denied=15|paid=15'),
      },
    },
    {
      name: 'agents',
      aliases: ['brokers', 'insurance agents'],
      description: 'An insurance agent',
      person: true,
      fields: ['first_name', 'last_name', 'email', 'phone', 'license_number', 'region', 'commission_rate'],
    },
    {
      name: 'premiums',
      aliases: ['premium payments'],
      description: 'A premium payment on a policy',
      references: ['policies'],
      fields: ['amount', 'due_date', 'paid_date', 'payment_method', 'status'],
      enums: { status: weighted('paid=80|due=12|overdue=8') },
    },
    {
      name: 'coverages',
      aliases: ['coverage items'],
      description: 'One coverage of a policy',
      references: ['policies'],
      fields: ['coverage_type', 'limit_amount', 'deductible'],
      enums: { coverage_type: weighted('liability|collision|comprehensive|bodily_injury|property_damage|personal_injury') },
    },
  ],
};

import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

export const REAL_ESTATE: Domain = {
  name: 'real-estate',
  keywords: ['real estate', 'realty', 'property management', 'housing', 'rental', 'rentals', 'mls', 'brokerage', 'landlord'],
  defaults: ['agents', 'properties', 'listings', 'viewings', 'offers'],
  scenarios: [
    { name: 'property listings', keywords: ['listings website', 'listing website', 'listings site', 'property listings', 'real estate listings', 'property portal'], core: ['properties', 'listings', 'agents', 'viewings', 'offers'] },
  ],
  kinds: [
    {
      name: 'properties',
      singular: 'property',
      aliases: ['homes', 'houses', 'apartments', 'real estate properties'],
      description: 'A property',
      references: ['landlords', 'agents'],
      fields: ['street', 'city', 'state', 'zip_code', 'property_type', 'bedrooms', 'bathrooms', 'square_feet', 'year_built', 'price'],
      enums: { property_type: weighted('single_family=45|condo=25|townhouse=15|multi_family=10|land=5') },
      ranges: { price: [80000, 2500000] },
    },
    {
      name: 'listings',
      aliases: ['property listings'],
      description: 'A property put on the market',
      references: ['properties', 'agents'],
      fields: ['list_price', 'listed_date', 'listing_type', 'status', 'days_on_market', 'description'],
      enums: {
        listing_type: weighted('sale=70|rent=30'),
        status: weighted('active=45|pending=15|sold=30|withdrawn=10'),
      },
      ranges: { list_price: [80000, 2500000], days_on_market: [1, 180] },
    },
    {
      name: 'agents',
      aliases: ['realtors', 'brokers', 'real estate agents'],
      description: 'A real estate agent',
      person: true,
      fields: ['first_name', 'last_name', 'email', 'phone', 'agency', 'license_number', 'commission_rate'],
    },
    {
      name: 'tenants',
      aliases: ['renters', 'residents', 'occupants'],
      description: 'A tenant',
      person: true,
      fields: ['first_name', 'last_name', 'email', 'phone', 'date_of_birth', 'credit_score', 'annual_income'],
    },
    {
      name: 'leases',
      aliases: ['rental agreements', 'tenancies', 'lease agreements'],
      description: 'A lease of a property to a tenant',
      references: ['properties', 'tenants'],
      fields: ['start_date', 'end_date', 'monthly_rent', 'security_deposit', 'status'],
      enums: { status: weighted('active=60|expired=25|terminated=10|pending=5') },
    },
    {
      name: 'viewings',
      aliases: ['showings', 'property viewings', 'open houses'],
      description: 'A viewing of a property',
      references: ['listings', { kind: 'properties', unless: 'listings' }, 'agents', 'buyers'],
      fields: ['scheduled_at', 'status', 'interest_level', 'feedback'],
      enums: {
        status: weighted('completed=65|scheduled=20|cancelled=10|no_show=5'),
        interest_level: weighted('low=30|medium=45|high=25'),
      },
    },
    {
      name: 'offers',
      aliases: ['bids', 'purchase offers'],
      description: "A buyer's offer on a listing",
      references: ['listings', 'buyers'],
      fields: ['offer_amount', 'offer_date', 'financing_type', 'closing_date', 'status'],
      enums: {
        financing_type: weighted('mortgage=70|cash=25|other=5'),
        status: weighted('submitted=25|countered=20|accepted=25|rejected=25|withdrawn=5'),
      },
      ranges: { offer_amount: [80000, 2500000] },
    },
    {
      name: 'buyers',
      aliases: ['home buyers', 'prospects'],
      description: 'A prospective buyer',
      person: true,
      references: ['agents'],
      fields: ['first_name', 'last_name', 'email', 'phone', 'max_budget', 'is_pre_approved'],
      ranges: { max_budget: [100000, 3000000] },
    },
    {
      name: 'landlords',
      aliases: ['owners', 'property owners'],
      description: 'A property owner',
      person: true,
      fields: ['first_name', 'last_name', 'email', 'phone', 'city'],
    },
  ],
};

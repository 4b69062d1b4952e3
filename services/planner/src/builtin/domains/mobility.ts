import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

// Car rental and ride hailing: vehicles people use rather than freight moved.
export const MOBILITY: Domain = {
  name: 'mobility',
  keywords: ['car rental', 'rental car', 'ride sharing', 'ride-sharing', 'ridesharing', 'ride hailing', 'ride-hailing', 'taxi', 'uber', 'lyft', 'car sharing', 'scooter'],
  defaults: ['customers', 'cars', 'rentals', 'locations', 'payments'],
  scenarios: [
    { name: 'ride-sharing', keywords: ['ride sharing', 'ride-sharing', 'ridesharing', 'ride hailing', 'ride-hailing', 'taxi', 'uber', 'lyft'], core: ['riders', 'drivers', 'trips', 'vehicles', 'payments', 'ratings'] },
    { name: 'car rental', keywords: ['car rental', 'rental car', 'car hire', 'car sharing'], core: ['customers', 'cars', 'rentals', 'locations', 'payments'] },
  ],
  kinds: [
    {
      name: 'cars',
      aliases: ['rental cars', 'vehicles', 'scooters', 'bikes'],
      description: 'A car in the fleet',
      fields: ['license_plate', 'make', 'model', 'model_year', 'color', 'daily_rate', 'mileage', 'status'],
      enums: { status: weighted('available=55|rented=30|maintenance=10|retired=5') },
      ranges: { daily_rate: [25, 250] },
    },
    {
      name: 'rentals',
      aliases: ['car rentals', 'rental agreements', 'hires'],
      description: "A customer's rental of a car",
      references: ['customers', 'cars', 'locations'],
      fields: ['pickup_at', 'return_at', 'days', 'daily_rate', 'total_amount', 'status'],
      enums: { status: weighted('reserved=15|active=15|completed=62|cancelled=8') },
      ranges: { days: [1, 21], daily_rate: [25, 250] },
    },
    {
      name: 'locations',
      setting: true,
      aliases: ['rental locations', 'branches', 'stations', 'depots'],
      description: 'A rental location',
      naming: 'address.city',
      fields: ['name', 'street', 'city', 'postal_code', 'country', 'phone', 'opening_hours'],
      enums: { opening_hours: weighted('24/7=20|06:00-22:00=45|08:00-20:00=35') },
    },
    {
      name: 'riders',
      aliases: ['passengers'],
      description: 'A rider who books trips',
      person: true,
      fields: ['first_name', 'last_name', 'email', 'phone', 'signup_date', 'rating'],
    },
    {
      name: 'drivers',
      description: 'A driver who gives rides',
      person: true,
      references: ['cars'],
      fields: ['first_name', 'last_name', 'phone', 'license_number', 'joined_date', 'rating', 'is_active'],
    },
    {
      name: 'trips',
      aliases: ['rides', 'journeys'],
      description: 'A ride from pickup to drop-off',
      references: ['riders', 'drivers', 'cars', { kind: 'customers', unless: 'riders' }],
      fields: ['requested_at', 'pickup_at', 'dropoff_at', 'distance_km', 'fare', 'tip_amount', 'payment_method', 'status'],
      enums: { status: weighted('completed=85|cancelled_by_rider=8|cancelled_by_driver=4|no_show=3') },
      ranges: { fare: [5, 120] },
    },
    {
      name: 'payments',
      aliases: ['trip payments', 'rental payments'],
      description: 'A payment for a trip or a rental',
      references: ['trips', 'rentals', 'riders', { kind: 'customers', unless: 'riders' }],
      fields: ['amount', 'currency', 'payment_method', 'status', 'paid_at', 'refunded_amount'],
      enums: { status: weighted('captured=90|pending=3|failed=4|refunded=3') },
      ranges: { amount: [5, 400], refunded_amount: [0, 50] },
    },
    {
      name: 'ratings',
      aliases: ['trip ratings', 'driver ratings', 'rider ratings'],
      description: 'A rating one side of a trip gives the other',
      references: ['trips', 'riders', 'drivers'],
      fields: ['rated_by', 'stars', 'comment', 'rated_at'],
      enums: { rated_by: weighted('rider=70|driver=30') },
      ranges: { stars: [1, 5] },
    },
  ],
};

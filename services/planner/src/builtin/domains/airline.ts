import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

export const AIRLINE: Domain = {
  name: 'airline',
  keywords: ['airline', 'airlines', 'aviation', 'air travel', 'flight booking', 'airport', 'air carrier', 'frequent flyer'],
  defaults: ['airports', 'flights', 'passengers', 'bookings'],
  scenarios: [
    { name: 'loyalty program', keywords: ['frequent flyer', 'airline loyalty', 'mileage program', 'miles program', 'loyalty program'], core: ['passengers', 'point_transactions', 'rewards', 'redemptions', 'flights'] },
  ],
  kinds: [
    {
      name: 'flights',
      description: 'A scheduled flight',
      references: ['airlines', { kind: 'airports', column: 'origin_airport_id' }, { kind: 'airports', column: 'destination_airport_id' }],
      fields: ['flight_number', 'aircraft_type', 'departure_at', 'arrival_at', 'seat_capacity', 'status'],
      enums: { status: weighted('scheduled=30|on_time=45|delayed=18|cancelled=4|diverted=3'), aircraft_type: weighted('Airbus A320=30|Boeing 737-800=30|Boeing 787-9=12|Airbus A350-900=10|Embraer E190=18') },
      ranges: { seat_capacity: [50, 400] },
    },
    {
      name: 'passengers',
      aliases: ['flyers'],
      description: 'An airline passenger',
      person: true,
      fields: ['first_name', 'last_name', 'email', 'date_of_birth', 'nationality', 'passport_number', 'frequent_flyer_tier'],
      enums: { frequent_flyer_tier: weighted('none=60|silver=22|gold=13|platinum=5') },
    },
    {
      name: 'tickets',
      aliases: ['flight tickets', 'boarding passes', 'e-tickets'],
      description: "A passenger's ticket on a flight",
      references: ['bookings', 'flights', 'passengers'],
      fields: ['seat_number', 'fare_class', 'price', 'booked_at', 'status'],
      enums: {
        fare_class: weighted('economy=75|premium_economy=10|business=12|first=3'),
        status: weighted('issued=20|checked_in=15|boarded=55|refunded=7|no_show=3'),
      },
      ranges: { price: [49, 2500] },
    },
    {
      name: 'airlines',
      setting: true,
      aliases: ['carriers'],
      description: 'An airline',
      naming: 'company.name',
      fields: ['name', 'iata_code', 'country', 'fleet_size'],
    },
    {
      name: 'airports',
      description: 'An airport',
      naming: 'address.city',
      fields: ['name', 'iata_code', 'city', 'country', 'latitude', 'longitude'],
    },
    {
      name: 'bookings',
      aliases: ['reservations', 'flight bookings', 'flight reservations', 'itineraries'],
      description: "A passenger's booking of a seat on a flight",
      references: ['passengers', 'flights'],
      fields: ['booking_code', 'booked_at', 'seat_class', 'fare', 'currency', 'booking_channel', 'status'],
      enums: {
        seat_class: weighted('economy=75|premium_economy=10|business=12|first=3'),
        booking_channel: weighted('website=45|mobile_app=30|travel_agent=15|call_center=10'),
        status: weighted('confirmed=55|checked_in=10|completed=22|cancelled=10|no_show=3'),
      },
      ranges: { fare: [49, 2500] },
    },
    {
      name: 'point_transactions',
      singular: 'point_transaction',
      aliases: ['miles transactions', 'mileage transactions', 'points transactions', 'loyalty transactions', 'miles earned'],
      description: 'Miles a member earns or spends',
      references: ['passengers', 'flights'],
      fields: ['posted_at', 'transaction_type', 'source', 'miles', 'tier_miles', 'balance_after'],
      enums: {
        transaction_type: weighted('earn=75|redeem=18|expire=4|adjust=3'),
        source: weighted('flight=60|credit_card=20|hotel_partner=8|car_rental_partner=5|promotion=7'),
      },
      ranges: { miles: [100, 25000], tier_miles: [0, 10000], balance_after: [0, 400000] },
    },
    {
      name: 'rewards',
      aliases: ['reward catalog', 'award options', 'loyalty rewards'],
      description: 'A reward members can redeem miles for',
      fields: ['name', 'category', 'miles_required', 'cash_value', 'partner', 'is_active'],
      enums: {
        name: weighted('Economy Award Seat|Business Upgrade|Lounge Pass|Extra Bag|Hotel Night|Gift Card|Seat Upgrade'),
        category: weighted('award_flight=40|upgrade=25|lounge=10|partner=15|merchandise=10'),
        partner: weighted('none=70|Marriott=10|Hertz=8|Amazon=12'),
      },
      ranges: { miles_required: [2500, 120000], cash_value: [20, 3000] },
    },
    {
      name: 'redemptions',
      aliases: ['reward redemptions', 'award bookings'],
      description: 'A member spending miles on a reward',
      references: ['passengers', 'rewards'],
      fields: ['redeemed_at', 'miles_spent', 'taxes_paid', 'channel', 'status', 'cash_value'],
      enums: {
        channel: weighted('app=50|website=40|call_center=10'),
        status: weighted('completed=88|cancelled=8|refunded=4'),
      },
      ranges: { miles_spent: [2500, 120000], taxes_paid: [0, 300], cash_value: [20, 3000] },
    },
  ],
};

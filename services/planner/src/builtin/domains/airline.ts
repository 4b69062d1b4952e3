import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

export const AIRLINE: Domain = {
  name: 'airline',
  keywords: ['airline', 'airlines', 'aviation', 'air travel', 'flight booking', 'airport', 'air carrier', 'frequent flyer'],
  defaults: ['airports', 'flights', 'passengers', 'bookings'],
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
  ],
};

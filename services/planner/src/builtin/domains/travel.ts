import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

// Hotels and stays; air travel is its own domain, so that "bookings" there are seats on
// flights, not rooms.
export const TRAVEL: Domain = {
  name: 'travel',
  keywords: ['travel', 'hospitality', 'hotel', 'hotels', 'tourism', 'booking platform', 'resort', 'vacation', 'trip', 'motel', 'hostel', 'bed and breakfast'],
  defaults: ['hotels', 'rooms', 'guests', 'bookings', 'reviews'],
  scenarios: [
    { name: 'hotel booking', keywords: ['hotel booking', 'hotel reservation', 'booking website', 'booking site', 'booking engine'], core: ['hotels', 'rooms', 'guests', 'bookings', 'reviews'] },
  ],
  kinds: [
    {
      name: 'hotels',
      setting: true,
      aliases: ['resorts', 'lodgings'],
      description: 'A hotel',
      naming: 'company.name',
      fields: ['name', 'city', 'country', 'star_rating', 'room_count', 'phone'],
      ranges: { star_rating: [1, 5], room_count: [10, 600] },
    },
    {
      name: 'rooms',
      aliases: ['hotel rooms'],
      description: 'A room of a hotel',
      references: ['hotels'],
      fields: ['room_number', 'room_type', 'bed_type', 'nightly_rate', 'max_occupancy', 'floor'],
      enums: { room_type: weighted('single=20|double=40|twin=15|suite=10|deluxe=15'), bed_type: weighted('queen=40|king=30|twin=20|single=10') },
      ranges: { nightly_rate: [60, 600], max_occupancy: [1, 6], floor: [1, 30] },
    },
    {
      name: 'guests',
      aliases: ['travelers', 'travellers', 'customers', 'visitors'],
      description: 'A guest',
      person: true,
      fields: ['first_name', 'last_name', 'email', 'phone', 'country', 'loyalty_tier'],
      enums: { loyalty_tier: weighted('none=55|silver=25|gold=15|platinum=5') },
    },
    {
      name: 'bookings',
      aliases: ['reservations', 'stays', 'hotel bookings'],
      description: 'A booking of a room',
      references: ['guests', 'rooms', { kind: 'hotels', unless: 'rooms' }],
      fields: ['booked_at', 'check_in_date', 'check_out_date', 'nights', 'nightly_rate', 'total_price', 'booking_channel', 'status'],
      enums: {
        booking_channel: weighted('direct=35|booking_com=30|expedia=20|travel_agent=10|phone=5'),
        status: weighted('confirmed=50|completed=35|cancelled=12|no_show=3'),
      },
      ranges: { nights: [1, 14], nightly_rate: [60, 600] },
    },
    {
      name: 'reviews',
      aliases: ['guest reviews', 'ratings'],
      description: "A guest's review of a hotel",
      references: ['hotels', 'guests', 'bookings'],
      fields: ['rating', 'title', 'comment', 'review_date'],
    },
  ],
};

import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

// Hair and beauty salons, barbers and spas: clients booking a service with a stylist.
export const SALON: Domain = {
  name: 'salon',
  keywords: ['salon', 'hair salon', 'beauty salon', 'nail salon', 'barber', 'barbershop', 'barber shop', 'spa', 'beauty'],
  defaults: ['clients', 'stylists', 'salon_services', 'appointments', 'payments'],
  kinds: [
    {
      name: 'clients',
      aliases: ['salon clients'],
      description: 'A client of the salon',
      person: true,
      fields: ['first_name', 'last_name', 'email', 'phone', 'date_of_birth', 'first_visit_date', 'preferred_contact', 'marketing_opt_in'],
      enums: { preferred_contact: weighted('sms=50|email=35|phone=15') },
    },
    {
      name: 'stylists',
      aliases: ['hairdressers', 'barbers', 'beauticians', 'nail technicians'],
      description: 'A stylist who serves clients',
      person: true,
      fields: ['first_name', 'last_name', 'specialty', 'level', 'hire_date', 'commission_rate', 'rating'],
      enums: {
        specialty: weighted('cut=35|color=25|nails=15|skin=10|massage=8|barbering=7'),
        level: weighted('junior=30|senior=50|master=20'),
      },
      ranges: { commission_rate: [0.3, 0.6], rating: [3.5, 5] },
    },
    {
      name: 'salon_services',
      singular: 'salon_service',
      aliases: ['service menu', 'beauty services'],
      description: 'A service on the menu',
      fields: ['name', 'category', 'duration_minutes', 'price', 'requires_consultation', 'is_active'],
      enums: {
        name: weighted("Women's Haircut|Men's Haircut|Blow Dry|Full Color|Highlights|Beard Trim|Manicure|Pedicure|Facial|Massage"),
        category: weighted('hair=55|nails=20|skin=15|massage=10'),
      },
      ranges: { duration_minutes: [15, 180], price: [15, 250] },
    },
    {
      name: 'appointments',
      aliases: ['bookings', 'salon appointments'],
      description: "A client's booking of a service with a stylist",
      references: ['clients', 'stylists', 'salon_services'],
      fields: ['scheduled_at', 'duration_minutes', 'price', 'booked_via', 'status', 'notes'],
      enums: {
        booked_via: weighted('app=45|website=20|phone=25|walk_in=10'),
        status: weighted('completed=70|booked=15|cancelled=10|no_show=5'),
      },
      ranges: { duration_minutes: [15, 180], price: [15, 250] },
    },
    {
      name: 'payments',
      description: 'A payment for an appointment',
      references: ['appointments', 'clients'],
      fields: ['paid_at', 'amount', 'tip_amount', 'payment_method', 'discount_amount', 'status'],
      enums: {
        payment_method: weighted('card=65|cash=20|gift_card=5|app=10'),
        status: weighted('paid=92|refunded=3|failed=5'),
      },
      ranges: { amount: [15, 300], tip_amount: [0, 40], discount_amount: [0, 30] },
    },
  ],
};

import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

// Organised events: concerts, conferences, meetups. Their "events" are occasions people
// attend, not the log entries of the general and analytics domains.
export const EVENTS: Domain = {
  name: 'events',
  keywords: ['event management', 'event ticketing', 'events platform', 'concert', 'conference', 'festival', 'meetup', 'webinar', 'box office', 'eventbrite', 'cinema', 'movie theater', 'movie theatre', 'multiplex'],
  defaults: ['events', 'venues', 'attendees', 'tickets', 'organizers'],
  scenarios: [
    { name: 'cinema', keywords: ['cinema', 'cinemas', 'movie theater', 'movie theatre', 'multiplex', 'showtimes', 'cinema ticket', 'cinema tickets'], core: ['movies', 'cinemas', 'screenings', 'tickets', 'customers'] },
    { name: 'event ticketing', keywords: ['event ticketing', 'ticketing platform', 'ticketing', 'box office', 'ticket sales'], core: ['events', 'venues', 'tickets', 'attendees', 'organizers'] },
  ],
  kinds: [
    {
      name: 'venues',
      setting: true,
      aliases: ['locations', 'halls', 'arenas'],
      description: 'A venue that hosts events',
      naming: 'company.name',
      fields: ['name', 'venue_type', 'street', 'city', 'country', 'capacity'],
      ranges: { capacity: [50, 20000] },
    },
    {
      name: 'events',
      aliases: ['concerts', 'conferences', 'shows', 'performances', 'meetups', 'webinars', 'festivals'],
      description: 'An organised event',
      references: ['venues', 'organizers'],
      fields: ['title', 'category', 'starts_at', 'ends_at', 'capacity', 'base_price', 'status'],
      enums: {
        category: weighted('concert|conference|sports|theatre|workshop|festival|comedy'),
        status: weighted('scheduled=60|sold_out=15|completed=20|cancelled=5'),
      },
      ranges: { base_price: [10, 400] },
    },
    {
      name: 'organizers',
      aliases: ['organisers', 'promoters', 'hosts'],
      description: 'A company organising events',
      naming: 'company.name',
      fields: ['name', 'email', 'phone', 'website', 'country', 'joined_date'],
    },
    {
      name: 'attendees',
      aliases: ['participants', 'guests', 'ticket holders', 'ticket buyers', 'delegates'],
      description: 'A person attending events',
      person: true,
      fields: ['first_name', 'last_name', 'email', 'phone', 'city', 'created_at'],
    },
    {
      name: 'tickets',
      aliases: ['event tickets', 'passes', 'ticket sales'],
      description: 'A ticket to an event',
      references: ['events', 'screenings', 'attendees', { kind: 'customers', unless: 'attendees' }, 'orders'],
      fields: ['ticket_type', 'price', 'purchased_at', 'status'],
      enums: {
        ticket_type: weighted('general_admission=60|vip=12|early_bird=18|student=10'),
        status: weighted('valid=70|used=20|refunded=7|transferred=3'),
      },
      ranges: { price: [10, 600] },
    },
    {
      name: 'registrations',
      aliases: ['signups', 'sign ups', 'rsvps', 'event registrations'],
      description: "An attendee's registration for an event",
      references: ['events', 'attendees'],
      fields: ['registered_at', 'ticket_type', 'status'],
      enums: {
        ticket_type: weighted('general=70|vip=15|speaker=5|student=10'),
        status: weighted('confirmed=75|waitlisted=10|cancelled=10|attended=5'),
      },
    },
    {
      name: 'speakers',
      aliases: ['presenters', 'performers', 'artists'],
      description: 'A speaker or performer',
      person: true,
      fields: ['first_name', 'last_name', 'email', 'company', 'bio'],
    },
    {
      name: 'sessions',
      aliases: ['talks', 'event sessions', 'agenda items'],
      description: 'A talk or session within an event',
      references: ['events', 'speakers'],
      fields: ['title', 'starts_at', 'duration_minutes', 'room'],
      ranges: { duration_minutes: [15, 120] },
    },
    {
      name: 'sponsors',
      description: 'A sponsor of an event',
      naming: 'company.name',
      references: ['events'],
      fields: ['name', 'sponsorship_level', 'amount'],
      enums: { sponsorship_level: weighted('bronze=40|silver=30|gold=20|platinum=10') },
    },
    {
      name: 'cinemas',
      aliases: ['movie theaters', 'movie theatres', 'theaters', 'theatres', 'multiplexes'],
      description: 'A cinema',
      naming: 'company.name',
      fields: ['name', 'city', 'screen_count', 'seat_count', 'chain', 'opened_year'],
      enums: { chain: weighted('independent=30|AMC=25|Cinemark=20|Regal=15|Cineworld=10') },
      ranges: { screen_count: [1, 24], seat_count: [80, 4000], opened_year: [1950, 2024] },
    },
    {
      name: 'screenings',
      aliases: ['showtimes', 'showings', 'film screenings', 'movie showings'],
      description: 'A movie shown at a cinema at a set time',
      references: ['movies', 'cinemas'],
      fields: ['starts_at', 'screen_number', 'format', 'language', 'ticket_price', 'seats_available', 'status'],
      enums: {
        format: weighted('2D=60|3D=15|IMAX=12|4DX=5|Dolby=8'),
        language: weighted('original=70|dubbed=20|subtitled=10'),
        status: weighted('scheduled=30|completed=65|cancelled=5'),
      },
      ranges: { screen_number: [1, 24], ticket_price: [6, 25], seats_available: [0, 400] },
    },
  ],
};

import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

// Shared offices: members on a plan booking desks and meeting rooms by the hour.
export const COWORKING: Domain = {
  name: 'coworking',
  keywords: ['coworking', 'co-working', 'coworking space', 'shared office', 'flex office', 'desk booking', 'hot desking', 'meeting room booking', 'workspace booking'],
  defaults: ['members', 'spaces', 'bookings', 'memberships', 'locations'],
  kinds: [
    {
      name: 'locations',
      aliases: ['coworking spaces'],
      description: 'A coworking building',
      naming: 'address.city',
      fields: ['name', 'street', 'city', 'country', 'opening_hours', 'capacity', 'opened_date'],
      enums: { opening_hours: weighted('24/7=35|07:00-22:00=45|08:00-19:00=20') },
      ranges: { capacity: [40, 600] },
    },
    {
      name: 'spaces',
      aliases: ['desks', 'meeting rooms', 'workspaces', 'private offices'],
      description: 'A desk, room or office that can be booked',
      references: ['locations'],
      fields: ['name', 'space_type', 'capacity', 'floor', 'hourly_rate', 'has_video_conferencing', 'is_active'],
      enums: { space_type: weighted('hot_desk=40|dedicated_desk=20|meeting_room=25|private_office=10|event_space=5') },
      ranges: { capacity: [1, 40], floor: [0, 12], hourly_rate: [5, 120] },
    },
    {
      name: 'members',
      aliases: ['coworkers'],
      description: 'A member of the coworking space',
      person: true,
      fields: ['first_name', 'last_name', 'email', 'company_name', 'job_title', 'joined_date', 'is_active'],
    },
    {
      name: 'memberships',
      aliases: ['coworking plans'],
      description: "A member's plan",
      references: ['members', 'locations'],
      fields: ['plan', 'monthly_fee', 'included_hours', 'start_date', 'end_date', 'auto_renew', 'status'],
      enums: {
        plan: weighted('day_pass=15|flex=35|dedicated_desk=25|private_office=15|virtual=10'),
        status: weighted('active=70|cancelled=15|paused=5|expired=10'),
      },
      ranges: { monthly_fee: [50, 1500], included_hours: [0, 200] },
    },
    {
      name: 'bookings',
      aliases: ['room bookings', 'desk bookings'],
      description: "A member's booking of a space",
      references: ['members', 'spaces'],
      fields: ['starts_at', 'ends_at', 'duration_hours', 'attendees', 'amount', 'booked_via', 'status'],
      enums: {
        booked_via: weighted('app=60|web=30|front_desk=10'),
        status: weighted('completed=70|confirmed=15|cancelled=12|no_show=3'),
      },
      ranges: { duration_hours: [1, 9], attendees: [1, 20], amount: [0, 500] },
    },
  ],
};

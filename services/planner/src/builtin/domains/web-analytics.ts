import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

export const WEB_ANALYTICS: Domain = {
  name: 'web-analytics',
  keywords: ['web analytics', 'analytics', 'clickstream', 'website traffic', 'product analytics', 'a/b test', 'funnel'],
  defaults: ['visitors', 'sessions', 'page_views', 'events'],
  kinds: [
    {
      name: 'visitors',
      aliases: ['site visitors', 'web visitors'],
      description: 'A visitor of the website',
      fields: ['anonymous_id', 'first_seen_at', 'country', 'device_type', 'browser', 'is_returning'],
      enums: {
        device_type: weighted('desktop=45|mobile=45|tablet=10'),
        browser: weighted('Chrome=60|Safari=20|Edge=8|Firefox=7|Samsung Internet=5'),
      },
    },
    {
      name: 'sessions',
      aliases: ['web sessions', 'visits'],
      description: 'A browsing session',
      references: ['visitors', 'users'],
      fields: ['started_at', 'ended_at', 'landing_page', 'referrer', 'utm_source', 'page_count', 'is_bounce', 'ip_address', 'user_agent'],
      enums: { utm_source: weighted('google=40|direct=25|facebook=10|newsletter=10|linkedin=5|bing=10') },
      ranges: { page_count: [1, 25] },
    },
    {
      name: 'page_views',
      aliases: ['pageviews', 'page visits'],
      description: 'A page viewed in a session',
      references: ['sessions'],
      fields: ['url', 'page_title', 'viewed_at', 'time_on_page_seconds'],
      ranges: { time_on_page_seconds: [1, 600] },
    },
    {
      name: 'events',
      aliases: ['clicks', 'click events', 'tracking events', 'analytics events', 'user events'],
      description: 'An interaction tracked on the site',
      references: ['sessions', 'users'],
      fields: ['event_name', 'occurred_at', 'page_url', 'properties'],
      enums: { event_name: weighted('page_view=40|click=25|scroll=15|sign_up=5|add_to_cart=8|purchase=7') },
    },
    {
      name: 'experiments',
      aliases: ['a/b tests', 'ab tests'],
      description: 'An A/B test',
      fields: ['name', 'hypothesis', 'start_date', 'end_date', 'status'],
      enums: { status: weighted('draft=10|running=30|completed=55|stopped=5') },
    },
    {
      name: 'login_events',
      singular: 'login_event',
      aliases: ['login events', 'logins', 'login attempts', 'sign-ins', 'sign ins', 'authentication events', 'auth events'],
      description: 'An attempt of a user to sign in',
      references: ['users', 'sessions'],
      fields: ['attempted_at', 'ip_address', 'country', 'device_type', 'browser', 'auth_method', 'is_successful', 'failure_reason'],
      enums: {
        auth_method: weighted('password=60|sso=20|magic_link=8|passkey=7|oauth=5'),
        failure_reason: weighted('none=85|wrong_password=9|account_locked=2|mfa_failed=3|unknown_user=1'),
      },
    },
  ],
};

import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

export const MEDIA_STREAMING: Domain = {
  name: 'media',
  keywords: ['streaming', 'media', 'video on demand', 'music', 'netflix', 'spotify', 'podcast', 'entertainment', 'ott', 'film', 'movie'],
  defaults: ['users', 'movies', 'ratings', 'watch history'],
  scenarios: [
    { name: 'music streaming', keywords: ['music', 'music streaming', 'spotify', 'songs', 'audio streaming'], core: ['users', 'tracks', 'artists', 'albums', 'plays', 'playlists'] },
    { name: 'recommendation', keywords: ['recommendation', 'recommendations', 'recommender', 'recommendation engine'], core: ['users', 'movies', 'ratings', 'watch history'] },
  ],
  kinds: [
    {
      name: 'subscribers',
      aliases: ['viewers', 'listeners', 'users', 'members', 'customers'],
      description: 'A subscriber of the service',
      person: true,
      fields: ['first_name', 'last_name', 'email', 'country', 'plan', 'signup_date', 'is_active'],
      enums: { plan: weighted('basic=35|standard=40|premium=20|family=5') },
    },
    {
      name: 'movies',
      aliases: ['films', 'videos'],
      description: 'A movie in the catalogue',
      fields: ['title', 'genre', 'release_year', 'duration_minutes', 'language', 'rating'],
      ranges: { duration_minutes: [75, 180] },
    },
    {
      name: 'series',
      singular: 'series',
      aliases: ['shows', 'tv shows', 'tv series', 'podcasts'],
      description: 'A series',
      fields: ['title', 'genre', 'release_year', 'season_count', 'language', 'rating'],
      ranges: { season_count: [1, 12] },
    },
    {
      name: 'episodes',
      description: 'An episode of a series',
      references: ['series'],
      fields: ['season_number', 'episode_number', 'title', 'duration_minutes', 'air_date'],
      ranges: { season_number: [1, 8], episode_number: [1, 24], duration_minutes: [20, 65] },
    },
    {
      name: 'viewing_sessions',
      aliases: ['watch history', 'viewing history', 'views', 'sessions', 'watch events', 'playback sessions', 'streams', 'plays', 'listening history', 'listens'],
      description: 'A subscriber watching or listening to a title',
      references: ['subscribers', 'movies', 'episodes', 'tracks'],
      fields: ['started_at', 'watch_duration_minutes', 'device_type', 'is_completed'],
      enums: { device_type: weighted('smart_tv=40|mobile=30|desktop=15|tablet=10|console=5') },
    },
    {
      name: 'ratings',
      aliases: ['reviews', 'user ratings'],
      description: "A subscriber's rating of a title",
      references: ['subscribers', 'movies', 'series'],
      fields: ['rating', 'review_text', 'device_type', 'rated_at'],
    },
    {
      name: 'artists',
      aliases: ['musicians', 'bands', 'performers'],
      description: 'A music artist',
      person: true,
      fields: ['name', 'genre', 'country', 'debut_year', 'monthly_listeners', 'is_verified'],
      ranges: { monthly_listeners: [100, 50000000] },
    },
    {
      name: 'albums',
      description: 'An album of an artist',
      references: ['artists'],
      fields: ['title', 'genre', 'release_date', 'track_count', 'label'],
      ranges: { track_count: [6, 20] },
    },
    {
      name: 'tracks',
      aliases: ['songs'],
      description: 'A track of an album',
      references: ['albums', { kind: 'artists', unless: 'albums' }],
      fields: ['title', 'track_number', 'duration_seconds', 'play_count', 'is_explicit'],
      ranges: { track_number: [1, 16], duration_seconds: [120, 420] },
    },
    {
      name: 'playlists',
      description: 'A playlist of a subscriber',
      references: ['subscribers'],
      fields: ['name', 'description', 'track_count', 'is_public', 'created_at'],
    },
  ],
};

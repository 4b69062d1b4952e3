import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

// What a game studio measures: who plays, for how long, what they do and what they buy.
export const GAMING: Domain = {
  name: 'gaming',
  keywords: ['game telemetry', 'mobile game', 'video game', 'game analytics', 'game studio', 'gaming', 'in-game', 'free-to-play', 'online game', 'mmo'],
  defaults: ['players', 'game_sessions', 'game_events', 'in_app_purchases'],
  scenarios: [
    { name: 'game telemetry', keywords: ['game telemetry', 'game analytics', 'player telemetry', 'gameplay telemetry', 'mobile game', 'video game'], core: ['players', 'game_sessions', 'game_events', 'in_app_purchases'] },
  ],
  kinds: [
    {
      name: 'players',
      aliases: ['gamers', 'game players'],
      description: 'A player of the game',
      fields: ['username', 'country', 'platform', 'install_date', 'level', 'total_spend', 'is_payer', 'last_active_at'],
      enums: { platform: weighted('ios=40|android=50|pc=7|console=3') },
      ranges: { level: [1, 120], total_spend: [0, 500] },
    },
    {
      name: 'game_sessions',
      singular: 'game_session',
      aliases: ['play sessions', 'game sessions'],
      description: 'One sitting of a player in the game',
      references: ['players'],
      fields: ['started_at', 'ended_at', 'duration_seconds', 'device_model', 'app_version', 'levels_played', 'network_type'],
      enums: {
        device_model: weighted('iPhone 14|iPhone 15|Galaxy S23|Galaxy A54|Pixel 8|Redmi Note 12|iPad Air'),
        app_version: weighted('3.2.0=15|3.3.0=25|3.4.0=35|3.4.1=25'),
        network_type: weighted('wifi=65|4g=25|5g=10'),
      },
      ranges: { duration_seconds: [30, 7200], levels_played: [0, 20] },
    },
    {
      name: 'game_events',
      singular: 'game_event',
      aliases: ['telemetry events', 'gameplay events', 'in-game events'],
      description: 'Something a player did in a session',
      references: ['game_sessions', 'players'],
      fields: ['event_name', 'occurred_at', 'level', 'score', 'currency_balance', 'duration_seconds'],
      enums: { event_name: weighted('level_start=25|level_complete=18|level_fail=12|item_purchase=8|ad_watched=12|reward_claimed=10|tutorial_step=10|crash=5') },
      ranges: { level: [1, 120], score: [0, 100000], currency_balance: [0, 50000], duration_seconds: [0, 900] },
    },
    {
      name: 'in_app_purchases',
      singular: 'in_app_purchase',
      aliases: ['iaps', 'in-game purchases'],
      description: 'A purchase a player makes in the game',
      references: ['players', 'game_sessions'],
      fields: ['purchased_at', 'product_sku', 'price', 'currency', 'store', 'is_first_purchase', 'is_refunded'],
      enums: {
        product_sku: weighted('gem_pack_small=35|gem_pack_medium=20|gem_pack_large=8|starter_bundle=15|battle_pass=12|remove_ads=10'),
        store: weighted('app_store=45|google_play=55'),
      },
      ranges: { price: [0.99, 99.99] },
    },
  ],
};

import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

// Leagues and tournaments, on a pitch or on a screen: teams of players meeting in matches.
export const SPORTS: Domain = {
  name: 'sports',
  keywords: ['sports league', 'league', 'tournament', 'tournaments', 'esports', 'e-sports', 'football club', 'soccer', 'basketball', 'hockey', 'baseball', 'fantasy sports', 'sports club'],
  defaults: ['teams', 'players', 'matches', 'leagues', 'player_stats'],
  scenarios: [
    { name: 'esports', keywords: ['esports', 'e-sports', 'tournament', 'tournaments', 'gaming tournament'], core: ['tournaments', 'teams', 'players', 'matches', 'player_stats'] },
  ],
  kinds: [
    {
      name: 'leagues',
      aliases: ['divisions', 'competitions'],
      description: 'A league teams play in',
      naming: 'company.name',
      fields: ['name', 'sport', 'level', 'country', 'season', 'team_count'],
      enums: {
        sport: weighted('soccer=35|basketball=20|volleyball=10|hockey=10|baseball=10|rugby=5|cricket=10'),
        level: weighted('amateur=50|semi_pro=30|professional=10|youth=10'),
      },
      ranges: { team_count: [6, 20] },
    },
    {
      name: 'tournaments',
      aliases: ['cups', 'championships'],
      description: 'A tournament teams compete in',
      naming: 'company.name',
      fields: ['name', 'game', 'format', 'start_date', 'end_date', 'prize_pool', 'location', 'is_online'],
      enums: {
        game: weighted('League of Legends=25|Counter-Strike 2=25|Valorant=20|Dota 2=15|Rocket League=10|Fortnite=5'),
        format: weighted('single_elimination=30|double_elimination=30|round_robin=20|swiss=20'),
      },
      ranges: { prize_pool: [1000, 2000000] },
    },
    {
      name: 'teams',
      aliases: ['clubs', 'squads'],
      description: 'A team',
      references: ['leagues'],
      naming: 'company.name',
      fields: ['name', 'city', 'founded_year', 'coach_name', 'home_venue', 'ranking'],
      ranges: { founded_year: [1950, 2024], ranking: [1, 100] },
    },
    {
      name: 'players',
      aliases: ['athletes', 'team members', 'gamers', 'pros'],
      description: 'A player on a team',
      person: true,
      references: ['teams'],
      fields: ['first_name', 'last_name', 'nickname', 'date_of_birth', 'position', 'jersey_number', 'nationality', 'joined_date'],
      enums: { position: weighted('forward=25|midfielder=25|defender=25|goalkeeper=10|captain=5|substitute=10') },
      ranges: { jersey_number: [1, 99] },
    },
    {
      name: 'matches',
      aliases: ['fixtures', 'match results'],
      description: 'A match between two teams',
      references: [{ kind: 'teams', column: 'home_team_id' }, { kind: 'teams', column: 'away_team_id' }, 'leagues', 'tournaments'],
      fields: ['played_at', 'round', 'venue', 'home_score', 'away_score', 'attendance', 'status'],
      enums: { status: weighted('completed=75|scheduled=20|postponed=3|forfeited=2') },
      ranges: { round: [1, 30], home_score: [0, 6], away_score: [0, 6], attendance: [0, 20000] },
    },
    {
      name: 'player_stats',
      singular: 'player_stat',
      aliases: ['player statistics', 'match stats'],
      description: "A player's statistics in one match",
      references: ['players', 'matches'],
      fields: ['minutes_played', 'score', 'assists', 'kills', 'deaths', 'rating', 'is_mvp'],
      ranges: { minutes_played: [0, 90], score: [0, 5], assists: [0, 5], kills: [0, 40], deaths: [0, 30], rating: [3, 10] },
    },
  ],
};

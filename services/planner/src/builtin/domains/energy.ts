import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

// Electricity delivered and metered: charging networks for cars, smart meters at homes.
export const ENERGY: Domain = {
  name: 'energy',
  keywords: ['energy', 'electricity', 'utility', 'utilities', 'power grid', 'smart meter', 'smart meters', 'ev charging', 'electric vehicle charging', 'charging network', 'charging stations', 'charge point'],
  defaults: ['customers', 'meters', 'meter_readings', 'tariffs'],
  scenarios: [
    { name: 'ev charging', keywords: ['ev charging', 'electric vehicle charging', 'charging network', 'charging stations', 'charging station', 'charge point', 'charge points', 'ev chargers'], core: ['charging_stations', 'charging_sessions', 'customers', 'tariffs'] },
  ],
  kinds: [
    {
      name: 'charging_stations',
      singular: 'charging_station',
      aliases: ['chargers', 'charge points', 'ev chargers', 'charging points'],
      description: 'A public charging station',
      fields: ['station_code', 'operator', 'city', 'latitude', 'longitude', 'connector_type', 'max_power_kw', 'connector_count', 'status'],
      enums: {
        connector_type: weighted('CCS=50|Type 2=30|CHAdeMO=8|NACS=12'),
        max_power_kw: weighted('11=20|22=30|50=20|150=18|350=12'),
        status: weighted('available=70|in_use=20|out_of_service=10'),
      },
      ranges: { connector_count: [1, 12] },
    },
    {
      name: 'tariffs',
      aliases: ['rate plans', 'energy tariffs', 'price plans'],
      description: 'A price plan for energy',
      fields: ['name', 'price_per_kwh', 'standing_charge', 'is_time_of_use', 'valid_from', 'valid_to'],
      enums: { name: weighted('Standard|Off-Peak|Green|Fixed 12M|Flex|Fast Charge|Member') },
      ranges: { price_per_kwh: [0.1, 0.75], standing_charge: [0, 0.6] },
    },
    {
      name: 'charging_sessions',
      singular: 'charging_session',
      aliases: ['charging events', 'charge sessions', 'charges'],
      description: 'A car charging at a station',
      references: ['charging_stations', 'customers', 'tariffs'],
      fields: ['started_at', 'ended_at', 'energy_kwh', 'peak_power_kw', 'cost', 'payment_method', 'vehicle_model', 'end_reason'],
      enums: {
        payment_method: weighted('app=55|rfid_card=25|credit_card=15|roaming=5'),
        vehicle_model: weighted('Tesla Model 3|Tesla Model Y|VW ID.4|Hyundai Ioniq 5|Kia EV6|Nissan Leaf|BMW i4|Ford Mustang Mach-E'),
        end_reason: weighted('user_stopped=60|battery_full=25|timeout=10|error=5'),
      },
      ranges: { energy_kwh: [2, 90], peak_power_kw: [3, 350], cost: [1, 60] },
    },
    {
      name: 'meters',
      aliases: ['smart meters', 'electricity meters', 'energy meters', 'gas meters', 'water meters'],
      description: 'A meter installed at a customer premises',
      references: ['customers', 'tariffs'],
      fields: ['serial_number', 'meter_type', 'installed_on', 'address', 'city', 'firmware_version', 'status'],
      enums: {
        meter_type: weighted('electricity=70|gas=20|water=10'),
        status: weighted('active=92|faulty=3|disconnected=5'),
      },
    },
    {
      name: 'meter_readings',
      singular: 'meter_reading',
      aliases: ['consumption readings', 'usage readings', 'energy readings', 'consumption'],
      description: 'A reading a meter reports',
      references: ['meters'],
      fields: ['read_at', 'consumption_kwh', 'cumulative_kwh', 'voltage', 'power_factor', 'reading_type', 'is_estimated'],
      enums: { reading_type: weighted('interval=85|daily=10|manual=5') },
      ranges: { consumption_kwh: [0, 5], voltage: [220, 245], power_factor: [0.8, 1] },
    },
  ],
};

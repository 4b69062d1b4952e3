import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

export const AGRICULTURE: Domain = {
  name: 'agriculture',
  keywords: ['farm', 'farms', 'farming', 'agriculture', 'agricultural', 'agritech', 'agtech', 'ranch', 'orchard', 'crop', 'harvest'],
  defaults: ['farms', 'fields', 'crops', 'harvests'],
  kinds: [
    {
      name: 'farms',
      setting: true,
      aliases: ['ranches', 'orchards'],
      description: 'A farm',
      naming: 'company.name',
      fields: ['name', 'region', 'country', 'total_hectares', 'established_year'],
      ranges: { total_hectares: [5, 5000] },
    },
    {
      name: 'fields',
      aliases: ['plots', 'paddocks', 'parcels'],
      description: 'A field of a farm',
      references: ['farms'],
      fields: ['name', 'hectares', 'soil_type', 'irrigated', 'latitude', 'longitude'],
      enums: { soil_type: weighted('loam=40|clay=25|sandy=20|silt=15') },
      ranges: { hectares: [1, 300] },
    },
    {
      name: 'crops',
      aliases: ['crop types', 'plantings'],
      description: 'A crop grown',
      fields: ['name', 'variety', 'planting_month', 'days_to_maturity'],
      enums: { name: weighted('Wheat|Corn|Soybeans|Barley|Rice|Potatoes|Canola|Cotton|Sunflower|Oats') },
      ranges: { days_to_maturity: [60, 180] },
    },
    {
      name: 'harvests',
      aliases: ['yields', 'crop yields', 'harvest records'],
      description: 'The harvest of a crop from a field',
      references: ['fields', 'crops', { kind: 'farms', unless: 'fields' }],
      fields: ['harvest_date', 'quantity_tonnes', 'yield_per_hectare', 'moisture_percent', 'quality_grade'],
      enums: { quality_grade: weighted('premium=20|standard=60|feed=20') },
      ranges: { quantity_tonnes: [1, 2000], yield_per_hectare: [1, 15], moisture_percent: [8, 25] },
    },
    {
      name: 'weather_readings',
      aliases: ['weather', 'weather data', 'weather observations'],
      description: 'A weather observation at a farm',
      references: ['farms', 'fields'],
      fields: ['recorded_at', 'temperature', 'humidity', 'rainfall_mm', 'wind_speed_kmh'],
      ranges: { rainfall_mm: [0, 80], wind_speed_kmh: [0, 90] },
    },
    {
      name: 'livestock',
      singular: 'animal',
      aliases: ['animals', 'cattle', 'herds'],
      description: 'An animal raised on a farm',
      references: ['farms'],
      fields: ['tag_number', 'species', 'breed', 'birth_date', 'weight_kg', 'health_status'],
      enums: {
        species: weighted('cattle=45|sheep=20|pig=20|goat=10|chicken=5'),
        health_status: weighted('healthy=85|under_treatment=10|quarantined=5'),
      },
      ranges: { weight_kg: [20, 900] },
    },
  ],
};

import { Distribution } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { bell, decimal, integer } from '../fields/recipes.js';
import { BASE_RATES } from './base-rates.js';
import type { Purpose } from './purpose.js';

const SKEWED = { distribution: Distribution.DISTRIBUTION_LOG_NORMAL };

// Anomalies sit in the tails: a reading is far likelier to be one when it runs hot, shakes
// hard or comes with errors, which is what a detector has to find.
export const ANOMALY_DETECTION: Purpose = {
  name: 'anomaly detection',
  cues: [/\banomal(y|ies|ous)\b/, /\boutliers?\b/],
  carriers: ['readings', 'measurements', 'metrics', 'telemetry', 'data_points', 'samples', 'logs', 'events'],
  entities: ['sensors', 'readings'],
  domain: 'iot',
  label: {
    name: 'is_anomaly',
    aliases: ['is_anomalous', 'anomaly', 'is_outlier', 'outlier'],
    description: 'Whether the reading is anomalous',
    rate: BASE_RATES.anomaly,
  },
  features: [
    { name: 'temperature', aliases: ['temperature_c', 'temperature_celsius', 'temp'], spec: bell(-10, 45, 21, 6, 1), lift: { when: { operator: 'at_least', value: 35 }, factor: 10 } },
    {
      name: 'vibration_mm_s',
      aliases: ['vibration'],
      spec: decimal(0, 50, { ...SKEWED, description: 'Vibration velocity in mm/s' }),
      lift: { when: { operator: 'at_least', value: 15 }, factor: 5 },
    },
    { name: 'error_count', spec: integer(0, 50, SKEWED), lift: { when: { operator: 'at_least', value: 10 }, factor: 4 } },
  ],
};

import { it } from 'vitest';
import { Distribution, LogicalType, type ChildCount, type Plan } from '../../libs/proto/src/nest/datagen/v1/plan.js';
import { OutputFormat } from '../../libs/proto/src/nest/datagen/v1/generator_service.js';
import { dataset, field, generate, plan } from './plans.js';

const id = () => field('id', 'id.sequence', { primaryKey: true, type: LogicalType.LOGICAL_TYPE_INTEGER });
function shop(children: ChildCount | undefined): Plan {
  return plan([
    dataset('customers', 400_000, [id(), field('name', 'person.full_name')]),
    dataset('orders', 1_000_000, [id(), field('customer_id', 'reference', { type: LogicalType.LOGICAL_TYPE_INTEGER, foreignKey: { dataset: 'customers', field: 'id', distribution: Distribution.DISTRIBUTION_UNIFORM, group: '', children } }), field('total', 'number.decimal')]),
  ]);
}
it('speed', () => {
  for (let round = 0; round < 3; round++) {
    for (const [label, children] of [['uniform', undefined], ['children 0-5', { min: 0, max: 5 }]] as const) {
      const started = performance.now();
      const bytes = generate(shop(children), 'orders', { format: OutputFormat.OUTPUT_FORMAT_CSV, batchSize: 10_000 }).length;
      console.log(label, Math.round(performance.now() - started), 'ms', bytes);
    }
  }
}, 120_000);

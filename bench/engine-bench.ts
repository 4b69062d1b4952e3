import { OutputFormat } from '../libs/proto/src/nest/datagen/v1/generator_service.js';
import { BATCH_SIZE, engineBatches } from './engine-batches.js';
import { measure, median, medianOf, medianValue, RUNS, WARM_UP_RUNS, type Measurement } from './measure.js';
import { naiveBatches, naiveCustomer, naiveOrder } from './naive-baseline.js';

const RECORDS = 300_000;
const MESSIEST_LEVEL = 10;
const PAIRS = 7;
const BASELINE_RECORDS = 300_000;

const naive = {
  customers: (count: number) => naiveBatches(count, BATCH_SIZE, naiveCustomer),
  orders: (count: number) => naiveBatches(count, BATCH_SIZE, (index) => naiveOrder(index, count)),
};

const format = (value: number, digits = 0) => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

// Engine against the naive Faker baseline on the reference schemas, both measured in this run.
export async function runEngineBench(): Promise<void> {
  const rows: Record<string, string>[] = [];
  for (const dataset of ['orders', 'customers'] as const) {
    // Each side in a block of its own: interleaved, the engine would run in the heap Faker just
    // filled with garbage, and measure that instead.
    const engine = median(RECORDS, () => engineBatches(dataset, RECORDS));
    const baseline = median(BASELINE_RECORDS, () => naive[dataset](BASELINE_RECORDS));
    rows.push({
      dataset,
      'engine records/s': format(engine.recordsPerSecond),
      'engine MB/s': format(engine.megabytesPerSecond, 1),
      'baseline records/s': format(baseline.recordsPerSecond),
      'baseline MB/s': format(baseline.megabytesPerSecond, 1),
      ratio: format(engine.recordsPerSecond / baseline.recordsPerSecond, 1) + '×',
    });
  }
  const formats = (['CSV', 'SQL'] as const).map((name) => {
    const measured = median(RECORDS, () => engineBatches('orders', RECORDS, OutputFormat[`OUTPUT_FORMAT_${name}`]));
    return { dataset: `orders (${name})`, 'engine records/s': format(measured.recordsPerSecond), 'engine MB/s': format(measured.megabytesPerSecond, 1) };
  });
  console.log(`Record engine vs naive Faker, JSON unless named, ${format(RECORDS)} records per run, median of ${RUNS} runs, batches of ${BATCH_SIZE}:`);
  console.table([...rows, ...formats]);
  runRealityBench();
  runChildrenBench();
  runRulesBench();
  runLocaleBench();
}

// Orders keeping the plan's rules (placed after the customer signed up, status timestamps and
// member discounts under their conditions, the customer's age) against the same fields drawn
// each on its own. The customer's sign-up date is computed from the customer's record for every
// order.
function runRulesBench(): void {
  const { base, other, ratio } = alternatingPairs(
    () => measure(RECORDS, () => engineBatches('orders', RECORDS, OutputFormat.OUTPUT_FORMAT_JSON, { rules: false })),
    () => measure(RECORDS, () => engineBatches('orders', RECORDS, OutputFormat.OUTPUT_FORMAT_JSON, { rules: true })),
  );
  console.log(`Realism rules, orders with status timestamps, discount and age as JSON, ${format(RECORDS)} records per run, ${PAIRS} alternating pairs:`);
  console.table([
    { rules: 'none', 'records/s': format(base.recordsPerSecond), 'MB/s': format(base.megabytesPerSecond, 1) },
    { rules: 'kept', 'records/s': format(other.recordsPerSecond), 'MB/s': format(other.megabytesPerSecond, 1) },
  ]);
  console.log(`Cost of the rules: ${format(ratio, 2)}× the time of the same fields without them (median of pairs; budget 1.3×).`);
}

// Customers (names, e-mail, phone, city, state, postcode) in other locales: their cities,
// streets and postcodes are Faker's templates filled per record, where en_US picks from lists.
function runLocaleBench(): void {
  const rows = ['en_US', 'de', 'ja'].map((locale) => {
    const measured = median(RECORDS, () => engineBatches('customers', RECORDS, OutputFormat.OUTPUT_FORMAT_JSON, { locale }));
    return { locale, 'customers records/s': format(measured.recordsPerSecond), 'MB/s': format(measured.megabytesPerSecond, 1) };
  });
  console.log(`Customers by locale, JSON, ${format(RECORDS)} records per run, median of ${RUNS} runs:`);
  console.table(rows);
}

// Orders whose customers are counted (0-5 orders per customer, foreign_key.children) against
// orders drawing their customer. Compiling the plan shares the orders out over the
// customers, one pass, inside each timed run.
function runChildrenBench(): void {
  const { base, other, ratio } = alternatingPairs(
    () => measure(RECORDS, () => engineBatches('orders', RECORDS)),
    () => measure(RECORDS, () => engineBatches('orders', RECORDS, OutputFormat.OUTPUT_FORMAT_JSON, { children: { min: 0, max: 5 } })),
  );
  console.log(`Children per parent, orders as JSON, ${format(RECORDS)} records over as many customers per run, ${PAIRS} alternating pairs:`);
  console.table([
    { customer_id: 'drawn (zipf)', 'records/s': format(base.recordsPerSecond), 'MB/s': format(base.megabytesPerSecond, 1) },
    { customer_id: 'counted, 0-5 each', 'records/s': format(other.recordsPerSecond), 'MB/s': format(other.megabytesPerSecond, 1) },
  ]);
  console.log(`Cost of counting children: ${format(ratio, 2)}× the time of drawn references (median of pairs).`);
}

// The messiest level against the clean one on the same orders.
function runRealityBench(): void {
  const { base, other, ratio } = alternatingPairs(
    () => measure(RECORDS, () => engineBatches('orders', RECORDS)),
    () => measure(RECORDS, () => engineBatches('orders', RECORDS, OutputFormat.OUTPUT_FORMAT_JSON, { realityLevel: MESSIEST_LEVEL })),
  );
  console.log(`Reality levels, orders as JSON, ${format(RECORDS)} records per run, ${PAIRS} alternating pairs:`);
  console.table([
    { level: 0, 'records/s': format(base.recordsPerSecond), 'MB/s': format(base.megabytesPerSecond, 1) },
    { level: MESSIEST_LEVEL, 'records/s': format(other.recordsPerSecond), 'MB/s': format(other.megabytesPerSecond, 1) },
  ]);
  console.log(`Cost of level ${MESSIEST_LEVEL}: ${format(ratio, 2)}× the time of level 0 (median of pairs; budget 1.5×).`);
}

// Two variants in alternating runs after the benches above: each ratio compares two runs made
// back to back, so a slow spell of the machine lands on both sides; the median ratio (the
// other's time over the base's) and each side's median run.
function alternatingPairs(runBase: () => Measurement, runOther: () => Measurement): { base: Measurement; other: Measurement; ratio: number } {
  for (let run = 0; run < WARM_UP_RUNS; run++) {
    runBase();
    runOther();
  }
  const pairs = Array.from({ length: PAIRS }, () => [runBase(), runOther()] as const);
  const ratios = pairs.map(([base, other]) => base.recordsPerSecond / other.recordsPerSecond);
  return { base: medianOf(pairs.map((pair) => pair[0])), other: medianOf(pairs.map((pair) => pair[1])), ratio: medianValue(ratios) };
}

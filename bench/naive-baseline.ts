import { faker } from '@faker-js/faker';
import { DATE_RANGE, ORDER_STATUSES } from './reference-plans.js';

// The naive way to make the same rows: one Faker call per field, then JSON.stringify per
// batch. It is what the engine is measured against.

const from = new Date(`${DATE_RANGE.start}T00:00:00Z`);
const to = new Date(`${DATE_RANGE.end}T23:59:59Z`);
const day = (date: Date) => date.toISOString().slice(0, 10);

export function naiveCustomer(index: number): object {
  return {
    id: index + 1,
    first_name: faker.person.firstName(),
    last_name: faker.person.lastName(),
    email: faker.internet.email(),
    phone: faker.phone.number(),
    city: faker.location.city(),
    state: faker.location.state(),
    zip: faker.location.zipCode(),
    signup_date: day(faker.date.between({ from, to })),
  };
}

export function naiveOrder(index: number, customers: number): object {
  const quantity = faker.number.int({ min: 1, max: 10 });
  const unitPrice = faker.number.float({ min: 1, max: 500, fractionDigits: 2 });
  return {
    id: index + 1,
    customer_id: faker.number.int({ min: 1, max: customers }),
    product_id: faker.number.int({ min: 1, max: 10_000 }),
    customer_name: faker.person.fullName(),
    email: faker.internet.email(),
    quantity,
    unit_price: unitPrice,
    total: Math.round(quantity * unitPrice * 100) / 100,
    order_date: day(faker.date.between({ from, to })),
    status: faker.helpers.arrayElement(ORDER_STATUSES),
  };
}

// Yields the bytes of `count` records as JSON arrays of `batchSize` rows.
export function* naiveBatches(count: number, batchSize: number, row: (index: number) => object): Generator<Buffer> {
  faker.seed(1);
  for (let first = 0; first < count; first += batchSize) {
    const rows: object[] = [];
    for (let index = first; index < Math.min(count, first + batchSize); index++) rows.push(row(index));
    yield Buffer.from(JSON.stringify(rows));
  }
}

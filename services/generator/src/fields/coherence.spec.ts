import { en_US } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { dataset, field, plan, records, shopPlan } from '../../../../test/engine/plans.js';
import { US_STATE_CENTRES } from './us-state-centres.js';
import { postcodeRange, vocabulary } from './vocabulary.js';

const shop = shopPlan({ customers: 3000, products: 50, orders: 3000 }, 11);
const letters = (text: unknown) => String(text).toLowerCase().replace(/[^a-z]/g, '');

describe('coherent records', () => {
  it("builds the email and username from the record's own first and last name", () => {
    for (const customer of records(shop, 'customers')) {
      const [local] = String(customer.email).split('@');
      const last = letters(customer.last_name);
      expect(letters(local)).toContain(last);
      expect(letters(local).startsWith(letters(customer.first_name).charAt(0))).toBe(true);
      expect(letters(customer.username)).toContain(last);
    }
    for (const order of records(shop, 'order')) {
      const [first, ...rest] = String(order.customer_name).split(' ');
      expect(letters(String(order.email).split('@')[0])).toContain(letters(rest.join(' ')));
      expect(String(order.email).startsWith(letters(first).charAt(0))).toBe(true);
    }
  });

  it('matches gender to the first name', () => {
    const [female, male] = vocabulary().firstNames;
    const people = plan([dataset('people', 500, [field('first_name', 'person.first_name'), field('gender', 'person.gender')])]);
    for (const person of records(people, 'people')) {
      const names = person.gender === 'female' ? female! : male!;
      expect(names.includes(String(person.first_name)), `${String(person.first_name)} ${String(person.gender)}`).toBe(true);
    }
  });

  it('places zip and coordinates in the address state, in the address country', () => {
    const abbreviations = vocabulary().states.map((_, index) => vocabulary().stateAbbreviations[index]!);
    const byState = new Map(vocabulary().states.map((state, index) => [state, abbreviations[index]!]));
    for (const customer of records(shop, 'customers')) {
      const abbreviation = byState.get(String(customer.state))!;
      const templates = [en_US.location?.postcode_by_state?.[abbreviation] ?? []].flat() as string[];
      const zip = String(customer.zip);
      expect(templates.some((template) => {
        const range = postcodeRange(template);
        const number = Number(zip.slice(range.prefix.length));
        return zip.startsWith(range.prefix) && number >= range.min && number <= range.max;
      }), `${zip} in ${abbreviation}`).toBe(true);
      const [latitude, longitude] = US_STATE_CENTRES[abbreviation]!;
      expect(Math.abs(Number(customer.latitude) - latitude)).toBeLessThanOrEqual(0.25);
      expect(Math.abs(Number(customer.longitude) - longitude)).toBeLessThanOrEqual(0.25);
      expect(customer.country).toBe('United States of America');
    }
  });

  it('computes total as quantity × unit price, to the cent', () => {
    for (const order of records(shop, 'order')) {
      const cents = Math.round(Number(order.quantity) * Math.round(Number(order.unit_price) * 100));
      expect(Math.round(Number(order.total) * 100)).toBe(cents);
    }
  });

  it('ships every order on or after its order date, within the allowed days, and keeps dates in range', () => {
    for (const order of records(shop, 'order')) {
      const ordered = Date.parse(`${String(order.order_date)}T00:00:00Z`);
      expect(ordered).toBeGreaterThanOrEqual(Date.parse('2020-01-01T00:00:00Z'));
      expect(ordered).toBeLessThanOrEqual(Date.parse('2025-12-31T00:00:00Z'));
      if (order.shipped_at === null) continue;
      const shipped = Date.parse(String(order.shipped_at));
      expect(shipped).toBeGreaterThanOrEqual(ordered);
      expect(shipped - ordered).toBeLessThanOrEqual(10 * 86_400_000);
    }
  });

  it('keeps birth dates adult on 2025-01-01 and numbers inside their ranges', () => {
    for (const customer of records(shop, 'customers')) {
      expect(String(customer.birth_date) >= '1935-01-01' && String(customer.birth_date) <= '2007-01-01').toBe(true);
    }
    for (const order of records(shop, 'order')) {
      expect(order.quantity).toBeGreaterThanOrEqual(1);
      expect(order.quantity).toBeLessThanOrEqual(12);
      expect(Number(order.unit_price)).toBeGreaterThanOrEqual(0.5);
      expect(Number(order.unit_price)).toBeLessThanOrEqual(999.99);
      if (order.note !== null) expect(String(order.note).length).toBeLessThanOrEqual(40);
    }
  });

  it('draws nulls, booleans and enum values at their rates', () => {
    const customers = records(shop, 'customers');
    const phoneNulls = customers.filter((customer) => customer.phone === null).length / customers.length;
    expect(phoneNulls).toBeGreaterThan(0.15);
    expect(phoneNulls).toBeLessThan(0.25);
    const vip = customers.filter((customer) => customer.vip === true).length / customers.length;
    expect(vip).toBeGreaterThan(0.07);
    expect(vip).toBeLessThan(0.13);
    const orders = records(shop, 'order');
    const pending = orders.filter((order) => order.status === 'pending').length / orders.length;
    expect(pending).toBeGreaterThan(0.45);
    expect(pending).toBeLessThan(0.55);
  });
});

import { below } from '../engine/random.js';
import { AddressSource } from './address.js';
import type { FieldContext, FieldValue } from './field-context.js';
import { LocaleAddress } from './locale-address.js';
import { vocabulary } from './vocabulary.js';

const COORDINATE_SCALE = 6;

// en_US addresses follow the US model of address.ts; other locales Faker's templates for them.
export function streetField(context: FieldContext): FieldValue {
  const places = context.dataset.locale.places;
  if (places !== undefined) {
    const address = LocaleAddress.of(context.dataset, places);
    return context.stringValue(context.textWriter((record) => address.streetAddress(record)));
  }
  const address = AddressSource.of(context.dataset);
  const streets = vocabulary().streetNames;
  return context.stringValue(
    context.textWriter((record) => {
      const place = address.resolve(record);
      return place.building + ' ' + streets[place.street];
    }, context.safe(streets)),
  );
}

export function cityField(context: FieldContext): FieldValue {
  const places = context.dataset.locale.places;
  if (places !== undefined) {
    const address = LocaleAddress.of(context.dataset, places);
    return context.stringValue(context.textWriter((record) => address.city(record)));
  }
  const address = AddressSource.of(context.dataset);
  const cities = vocabulary().cityNames;
  const tokens = context.tokens(cities);
  if (tokens === undefined) return context.stringValue(context.pickWriter(cities, (record) => address.resolve(record).city));
  return context.stringValue((record, sink) => sink.entry(tokens, address.resolve(record).city));
}

// A column of three characters or fewer gets the postal abbreviation ("CA").
export function stateField(context: FieldContext): FieldValue {
  const places = context.dataset.locale.places;
  const { states, stateAbbreviations } = places ?? vocabulary();
  const maxLength = context.field.maxLength;
  const names = maxLength > 0 && maxLength <= 3 ? stateAbbreviations : states;
  if (places !== undefined) {
    const address = LocaleAddress.of(context.dataset, places);
    return context.stringValue(context.pickWriter(names, (record) => address.state(record)));
  }
  const address = AddressSource.of(context.dataset);
  const tokens = context.tokens(names);
  if (tokens === undefined) return context.stringValue(context.pickWriter(names, (record) => address.resolve(record).state));
  return context.stringValue((record, sink) => sink.entry(tokens, address.resolve(record).state));
}

export function zipField(context: FieldContext): FieldValue {
  const places = context.dataset.locale.places;
  if (places !== undefined) {
    const address = LocaleAddress.of(context.dataset, places);
    return context.stringValue(context.textWriter((record) => address.postcode(record)));
  }
  const address = AddressSource.of(context.dataset);
  if (context.unique || context.field.maxLength > 0) {
    return context.stringValue(context.textWriter((record) => address.resolve(record).zipPrefix + address.resolve(record).zipNumber, true));
  }
  const quote = context.quote;
  return context.stringValue((record, sink) => {
    const place = address.resolve(record);
    sink.byte(quote);
    sink.text(place.zipPrefix);
    sink.integer(place.zipNumber);
    sink.byte(quote);
  });
}

// With other address fields the country is the one the address lies in; alone, any country.
export function countryField(context: FieldContext): FieldValue {
  const { country, countries } = context.dataset.locale;
  const addressed = context.dataset.fields.some(
    (field) => field.generator.startsWith('address.') && field.generator !== 'address.country' && field.foreignKey === undefined,
  );
  if (addressed) return context.stringValue(context.pickWriter([country], () => 0));
  const stream = context.stream;
  return context.stringValue(context.pickWriter(countries, (record) => below(record.key, stream, 0, countries.length)));
}

export function coordinateField(context: FieldContext, axis: 'latitude' | 'longitude'): FieldValue {
  if (context.unique) context.fail('coordinates cannot be unique.');
  const places = context.dataset.locale.places;
  const local = places === undefined ? undefined : LocaleAddress.of(context.dataset, places);
  const address = AddressSource.of(context.dataset);
  const scale = context.field.scale > 0 ? Math.min(context.field.scale, 8) : COORDINATE_SCALE;
  const power = 10 ** scale;
  const index = context.index;
  return {
    kind: 'decimal',
    scale,
    write: (record, sink) => {
      const units = Math.round((local === undefined ? address.resolve(record)[axis] : local.coordinate(record, axis)) * power);
      record.numbers[index] = units;
      sink.decimal(units, scale, power);
    },
  };
}

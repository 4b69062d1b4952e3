import { below, draw, streamKey, unit } from '../engine/random.js';
import type { RecordContext } from '../engine/record-context.js';
import type { DatasetScope } from './field-context.js';
import { DrawCursor } from './faker-pattern.js';
import type { LocalePlaces } from './locale-vocabulary.js';

// How far, in degrees, coordinates stray from the country's centre.
const SPREAD = 0.5;
// Each part of the address draws from its own counters, so a part's value does not depend on
// which other parts the dataset has. Faker's templates take far fewer draws than this apart.
const CITY = 100;
const STREET = 200;
const POSTCODE = 300;

// An address of a locale other than en_US, from Faker's templates for it: Faker does not tie its
// cities, regions and postcodes together, so neither do we; the country is the locale's.
export class LocaleAddress {
  private readonly stream: number;
  private readonly cursor = new DrawCursor();

  constructor(
    scope: DatasetScope,
    readonly places: LocalePlaces,
  ) {
    this.stream = streamKey(scope.keys, 'address');
  }

  static of(scope: DatasetScope, places: LocalePlaces): LocaleAddress {
    return scope.entity('locale-address', () => new LocaleAddress(scope, places));
  }

  state(record: RecordContext): number {
    return below(record.key, this.stream, 0, this.places.states.length);
  }

  city(record: RecordContext): string {
    return this.places.city(this.cursor.at(record.key, this.stream, CITY));
  }

  streetAddress(record: RecordContext): string {
    return this.places.streetAddress(this.cursor.at(record.key, this.stream, STREET));
  }

  postcode(record: RecordContext): string {
    return this.places.postcode(this.cursor.at(record.key, this.stream, POSTCODE));
  }

  coordinate(record: RecordContext, axis: 'latitude' | 'longitude'): number {
    const [latitude, longitude] = this.places.centre;
    const offset = (unit(draw(record.key, this.stream, axis === 'latitude' ? 6 : 7)) - 0.5) * SPREAD;
    return (axis === 'latitude' ? latitude : longitude) + offset;
  }
}

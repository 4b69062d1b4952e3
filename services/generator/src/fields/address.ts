import { below, draw, streamKey, unit } from '../engine/random.js';
import type { RecordContext } from '../engine/record-context.js';
import type { DatasetScope } from './field-context.js';
import { US_STATE_CENTRES } from './us-state-centres.js';
import { postcodeRange, vocabulary } from './vocabulary.js';
import { WeightedChoice } from './weighted-choice.js';

interface StatePlace {
  readonly latitude: number;
  readonly longitude: number;
  readonly postcodes: readonly { prefix: string; min: number; max: number }[];
}

// How far, in degrees, coordinates stray from the state's centre: small enough to stay inside
// all but the smallest states.
const SPREAD = 0.5;

// The address a record describes: one US state, and a zip drawn from that state's own range
// and coordinates near its centre, so city/state/zip/country/latitude/longitude agree.
export class AddressSource {
  state = 0;
  city = 0;
  street = 0;
  building = 0;
  // The zip is its state's prefix (a leading zero in New England) and a number.
  zipPrefix = '';
  zipNumber = 0;
  latitude = 0;
  longitude = 0;
  private serial = -1;
  private readonly stream: number;
  private readonly places: readonly StatePlace[];
  private readonly stateChoice: WeightedChoice;

  constructor(scope: DatasetScope) {
    this.stream = streamKey(scope.keys, 'address');
    const words = vocabulary();
    const places = words.stateAbbreviations.map((abbreviation) => {
      const centre = US_STATE_CENTRES[abbreviation];
      const postcodes = (words.postcodesByState[abbreviation] ?? []).map(postcodeRange);
      return centre === undefined || postcodes.length === 0 ? undefined : { latitude: centre[0], longitude: centre[1], postcodes, people: centre[2] };
    });
    this.places = places.map((place) => place ?? { latitude: 0, longitude: 0, postcodes: [] });
    this.stateChoice = new WeightedChoice(places.map((place) => place?.people ?? 0));
  }

  static of(scope: DatasetScope): AddressSource {
    return scope.entity('address', () => new AddressSource(scope));
  }

  resolve(record: RecordContext): this {
    if (record.serial !== this.serial) {
      this.serial = record.serial;
      const key = record.key;
      const words = vocabulary();
      this.state = this.stateChoice.pick(draw(key, this.stream, 0));
      const place = this.places[this.state]!;
      const range = place.postcodes[below(key, this.stream, 1, place.postcodes.length)]!;
      this.zipPrefix = range.prefix;
      this.zipNumber = range.min + below(key, this.stream, 2, range.max - range.min + 1);
      this.city = below(key, this.stream, 3, words.cityNames.length);
      this.street = below(key, this.stream, 4, words.streetNames.length);
      this.building = 1 + below(key, this.stream, 5, 9999);
      this.latitude = place.latitude + (unit(draw(key, this.stream, 6)) - 0.5) * SPREAD;
      this.longitude = place.longitude + (unit(draw(key, this.stream, 7)) - 0.5) * SPREAD;
    }
    return this;
  }
}

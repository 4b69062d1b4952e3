import { Permutation } from './permutation.js';

// Product spaces wider than this are cut to it: Permutation is exact below 2^52, and a dataset
// never has that many records, so the cut only narrows the range of the key's first reference.
const WIDEST = 2 ** 52;

// A key made of references only, such as a junction table's (actor_id, film_id). Record i's
// tuple of referenced indexes is the mixed-radix reading of a bijection of i over the product
// of the referenced datasets' sizes: no two records repeat a tuple, and nothing is looked up.
// Each reference (a single field, or a group of fields naming one composite key) is a unit, one
// digit of the reading.
export class JointKey {
  private readonly sizes: number[];
  private readonly strides: number[];
  private permutation: Permutation | undefined;
  // The bijection's value for the last index asked, which every unit of a record reads.
  private lastIndex = -1;
  private lastValue = 0;

  constructor(
    readonly fields: readonly string[],
    units: number,
    private readonly stream: number,
  ) {
    this.sizes = new Array<number>(units).fill(0);
    this.strides = new Array<number>(units).fill(1);
  }

  // Told by each unit's reference once it knows how many records it references.
  register(unit: number, size: number): void {
    this.sizes[unit] = size;
  }

  // Builds the bijection once every unit is registered; a problem when the dataset has more
  // records than the key has tuples.
  seal(dataset: string, records: number): string | undefined {
    let product = 1;
    for (let unit = this.sizes.length - 1; unit >= 0; unit--) {
      this.strides[unit] = product;
      product *= this.sizes[unit]!;
    }
    if (records > product) {
      return (
        `Dataset "${dataset}" has ${records} records, but its key (${this.fields.join(', ')}) has only ${product} distinct tuples of ` +
        `referenced records: lower its size to at most ${product}, or raise the sizes of the datasets it references.`
      );
    }
    this.permutation = new Permutation(Math.max(1, Math.min(product, WIDEST)), this.stream);
    return undefined;
  }

  // The index `unit` references for record `index`.
  pick(unit: number, index: number): number {
    if (index !== this.lastIndex) {
      this.lastIndex = index;
      this.lastValue = this.permutation!.apply(index);
    }
    return Math.floor(this.lastValue / this.strides[unit]!) % this.sizes[unit]!;
  }
}

import { Distribution } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { Permutation } from './permutation.js';
import { draw, gaussian, mix32, unit } from './random.js';

// The records of a dataset shared out among the records they reference, when the reference
// says how many children a parent has (0-5 orders per customer). Parent p owns the slots
// [starts[p], starts[p + 1]) and record i takes slot permutation(i): every parent gets exactly
// its count, its children lie scattered through the dataset, and a child's rank among its
// siblings (its slot's place in its parent's run) keeps their key fields apart. The counts are
// drawn once per compiled plan, one pass over the parents, and add up to the dataset's size.
export class ChildAllocation {
  private readonly starts: Float64Array;
  private readonly permutation: Permutation;
  // The last record located: the reference and its sibling-ranked fields ask for the same one.
  private index = -1;
  private parent = 0;
  private rank = 0;

  constructor(
    private readonly parents: number,
    children: number,
    readonly min: number,
    readonly max: number,
    distribution: Distribution,
    stream: number,
  ) {
    this.starts = childStarts(parents, children, min, max, shareOf(distribution, max - min, stream), stream);
    this.permutation = new Permutation(children, mix32(stream ^ 0x2545f491));
  }

  parentOf(index: number): number {
    if (index !== this.index) this.locate(index);
    return this.parent;
  }

  // 0 .. max - 1: distinct among the records sharing a parent.
  rankOf(index: number): number {
    if (index !== this.index) this.locate(index);
    return this.rank;
  }

  // How many children `parent` has.
  countOf(parent: number): number {
    return this.starts[parent + 1]! - this.starts[parent]!;
  }

  // The index of the child of `parent` with rank `rank` (0 .. countOf(parent) - 1).
  childOf(parent: number, rank: number): number {
    return this.permutation.invert(this.starts[parent]! + rank);
  }

  private locate(index: number): void {
    const slot = this.permutation.apply(index);
    const starts = this.starts;
    // The last parent whose run starts at or before the slot: parents without children have
    // empty runs and are passed over.
    let low = 0;
    let high = this.parents - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (starts[middle]! <= slot) low = middle;
      else high = middle - 1;
    }
    this.index = index;
    this.parent = low;
    this.rank = slot - starts[low]!;
  }
}

// How much of what is owed above min a parent wants, around the mean still owed per parent:
// evenly (uniform, the default), as a bell (normal), or skewed, most parents below the mean
// and a few far above it (log-normal, zipf), within 0 .. width.
type Share = (parent: number, mean: number) => number;

function shareOf(distribution: Distribution, width: number, stream: number): Share {
  switch (distribution) {
    case Distribution.DISTRIBUTION_NORMAL:
      return (parent, mean) => mean + (width / 6) * gaussian(parent, stream, 2);
    case Distribution.DISTRIBUTION_LOG_NORMAL:
    case Distribution.DISTRIBUTION_ZIPF:
      // exp(z - 1/2) has mean 1: the skew keeps the mean.
      return (parent, mean) => mean * Math.exp(gaussian(parent, stream, 2) - 0.5);
    default:
      return (parent, mean) => {
        const half = Math.min(mean, width - mean);
        return mean - half + 2 * half * unit(draw(parent, stream, 0));
      };
  }
}

// Each parent's count, min plus its share of what is left above everyone's min, held within
// what the parents after it can still take or give, so the counts add up exactly.
function childStarts(parents: number, children: number, min: number, max: number, share: Share, stream: number): Float64Array {
  const starts = new Float64Array(parents + 1);
  const width = max - min;
  let owed = children - parents * min;
  let slot = 0;
  for (let parent = 0; parent < parents; parent++) {
    starts[parent] = slot;
    const left = parents - parent;
    const wanted = share(parent, owed / left);
    const rounded = Math.floor(wanted + unit(draw(parent, stream, 1)));
    const extra = Math.max(owed - (left - 1) * width, 0, Math.min(width, owed, rounded));
    owed -= extra;
    slot += min + extra;
  }
  starts[parents] = slot;
  return starts;
}

import { below } from '../engine/random.js';

// The draws one defect makes to shape itself (which letter, which format), each a pure
// function of (record key, the field's defect stream, counter): draw 0 decided the defect.
export class DefectDraws {
  private key = 0;
  private counter = 1;

  constructor(private readonly stream: number) {}

  start(key: number): this {
    this.key = key;
    this.counter = 1;
    return this;
  }

  below(n: number): number {
    return below(this.key, this.stream, this.counter++, n);
  }

  pick<T>(choices: readonly T[]): T {
    return choices[this.below(choices.length)]!;
  }
}

import { Transform } from 'node:stream';

const NEWLINE = 0x0a;

// Passes bytes through, telling `onLines` how many line ends went by: the rows of a CSV whose
// text has no line breaks, a cheap progress count for a stream the database itself parses.
export function lineCounter(onLines: (lines: number) => void): Transform {
  let lines = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, at + 1)) lines++;
      onLines(lines);
      done(null, chunk);
    },
  });
}

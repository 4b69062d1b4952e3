import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BarsDisplay } from './bars-display.js';

// A terminal as cli-progress sees one: a TTY stream whose bytes the test reads back.
function terminal(): { stream: NodeJS.WriteStream; text: () => string } {
  const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 100 }) as unknown as NodeJS.WriteStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString() };
}

describe('progress bars on a terminal', () => {
  it('writes every line said, before the bars stop and after, with the final counts', () => {
    const { stream, text } = terminal();
    const display = new BarsDisplay('records', stream);
    display.update([{ name: 'orders', done: 500, total: 1000 }]);
    display.say('said while the bars run');
    display.update([{ name: 'orders', done: 1000, total: 1000 }]);
    display.stop();
    display.say('Job 7 completed: 1 files in out');
    const written = text();
    expect(written).toContain('said while the bars run');
    expect(written).toContain('1,000/1,000 records');
    expect(written).toContain('Job 7 completed: 1 files in out');
    expect(written.indexOf('Job 7 completed')).toBeGreaterThan(written.lastIndexOf('1,000/1,000'));
  });
});

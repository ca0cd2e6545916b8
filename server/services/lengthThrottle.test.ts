// Unit tests of the per-yearbook written-length throttle.
import { describe, expect, it } from 'vitest';
import { createLengthThrottle } from './lengthThrottle';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('createLengthThrottle', () => {
  it('logs the first report at once, then one batch per interval with the latest value per entry', async () => {
    const logged: Array<[string, Record<string, number>]> = [];
    const throttle = createLengthThrottle(100, async (yb, lengths) => void logged.push([yb, Object.fromEntries(lengths)]));
    await throttle.record('Y', 'a', 1);
    await throttle.record('Y', 'a', 2);
    await throttle.record('Y', 'b', 7);
    await throttle.record('Y', 'a', 3);
    await throttle.record('Z', 'c', 9);
    expect(logged).toEqual([
      ['Y', { a: 1 }],
      ['Z', { c: 9 }],
    ]);
    await sleep(150);
    expect(logged).toEqual([
      ['Y', { a: 1 }],
      ['Z', { c: 9 }],
      ['Y', { a: 3, b: 7 }],
    ]);
  });

  it('flush logs what is pending and a failing log is not thrown', async () => {
    const logged: number[] = [];
    const throttle = createLengthThrottle(10_000, async (_yb, lengths) => {
      if (lengths.get('a') === 2) throw new Error('storage down');
      logged.push(...lengths.values());
    });
    await throttle.record('Y', 'a', 1);
    await throttle.record('Y', 'a', 5);
    await throttle.flush();
    expect(logged).toEqual([1, 5]);
    await throttle.record('Y', 'a', 2); // fails inside, logged to the console only
  });
});

// Unit tests of the per-entry written-length throttle.
import { describe, expect, it } from 'vitest';
import { createLengthThrottle } from './lengthThrottle';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('createLengthThrottle', () => {
  it('logs the first report at once, then at most once per interval with the latest value', async () => {
    const logged: Array<[string, number]> = [];
    const throttle = createLengthThrottle(100, async (id, n) => void logged.push([id, n]));
    await throttle.record('a', 1);
    await throttle.record('a', 2);
    await throttle.record('a', 3);
    await throttle.record('b', 9);
    expect(logged).toEqual([['a', 1], ['b', 9]]);
    await sleep(150);
    expect(logged).toEqual([['a', 1], ['b', 9], ['a', 3]]);
  });

  it('flush logs what is pending and a failing log is not thrown', async () => {
    const logged: number[] = [];
    const throttle = createLengthThrottle(10_000, async (_id, n) => {
      if (n === 2) throw new Error('storage down');
      logged.push(n);
    });
    await throttle.record('a', 1);
    await throttle.record('a', 5);
    await throttle.flush();
    expect(logged).toEqual([1, 5]);
    await throttle.record('b', 2); // fails inside, logged to the console only
  });
});

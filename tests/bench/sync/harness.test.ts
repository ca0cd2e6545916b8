// Unit tests of the sync benchmark's pure parts: pre-built scripts, the propagation tracker (which
// must count an edit once however the server re-encodes or batches it) and both wire formats.
// Not in `npm test` (tests/bench is excluded): `npx vitest run --config tests/bench/sync/vitest.config.ts`.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildClientScript, expectedParagraph, paragraphTexts } from './scripts';
import { DocTracker, percentile, summarize, type RunTotals } from './tracker';
import { turnClock, turnShare, turnsOver } from './turns';
import { createWire } from './wire';

describe('client scripts', () => {
  it('builds updates that type the expected paragraph, one clock tick per edit', () => {
    const script = buildClientScript(4242, '〔t〕', 5);
    expect(script.updates).toHaveLength(6);
    const doc = new Y.Doc();
    for (const u of script.updates.slice(0, 4)) Y.applyUpdate(doc, u);
    expect(paragraphTexts(doc)).toEqual([expectedParagraph('〔t〕', 4)]);
    for (let k = 2; k < script.endClocks.length; k++) expect(script.endClocks[k] - script.endClocks[k - 1]).toBe(1);
  });
});

describe('DocTracker', () => {
  const setup = (required: number) => {
    const totals: RunTotals = { latencies: [], completed: 0 };
    const scripts = [buildClientScript(1001, 'a', 4), buildClientScript(1002, 'b', 4)];
    const tracker = new DocTracker(scripts, 3, required, totals);
    for (let k = 1; k <= 4; k++) {
      tracker.sentAt[0][k] = 100;
      tracker.measured[0][k] = 1;
    }
    return { totals, scripts, tracker };
  };

  it('counts edits carried by a merged update once each, and ignores repeats', () => {
    const { totals, scripts, tracker } = setup(1);
    tracker.receive(2, Y.mergeUpdates(scripts[0].updates.slice(0, 3)), 110);
    expect(totals.completed).toBe(2);
    tracker.receive(2, Y.mergeUpdates(scripts[0].updates.slice(0, 3)), 120);
    expect(totals.completed).toBe(2);
    expect(totals.latencies).toEqual([10, 10]);
  });

  it('reads a re-encoded whole-document state (sync step 2) like single updates', () => {
    const { totals, scripts, tracker } = setup(2);
    const doc = new Y.Doc();
    for (const u of scripts[0].updates) Y.applyUpdate(doc, u);
    tracker.receive(1, Y.encodeStateAsUpdate(doc), 130);
    expect(totals.completed).toBe(0); // only one of two required receivers
    tracker.receive(2, Y.encodeStateAsUpdate(doc), 140);
    expect(totals.completed).toBe(4);
    expect(tracker.hasAllParagraphs(1)).toBe(true); // receiver 1 is b: it needs only a's paragraph
    expect(tracker.hasAllParagraphs(2)).toBe(false); // a third receiver lacks b's
    expect(summarize(totals.latencies).p50).toBe(40);
  });

  it('never counts a sender receiving its own edits', () => {
    const { totals, scripts, tracker } = setup(1);
    tracker.receive(0, scripts[0].updates[1], 105);
    expect(totals.completed).toBe(0);
  });
});

describe('wires', () => {
  for (const kind of ['stock', 'hocuspocus'] as const) {
    it(`${kind}: an update frame reads back as the same update`, () => {
      const wire = createWire(kind, 'doc-1');
      const update = buildClientScript(7, 'x', 1).updates[1];
      const msg = wire.read(wire.updateFrame(update));
      expect(msg.kind).toBe('update');
      expect(msg.kind === 'update' && Array.from(msg.update)).toEqual(Array.from(update));
      expect(wire.read(wire.openFrames().at(-1)!).kind).toBe('step1');
      expect(wire.read(wire.step2Reply()).kind).toBe('step2');
    });
  }
});

it('percentile uses the nearest rank', () => {
  const sorted = Float64Array.from({ length: 100 }, (_, i) => i + 1);
  expect([percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99)]).toEqual([50, 95, 99]);
});

describe('turns', () => {
  it('places each target\'s typing time in its own turns, with the gap after each', () => {
    const turn = { slots: 3, blockS: 2, gapS: 1 };
    const first = turnClock({ ...turn, slot: 0 });
    const third = turnClock({ ...turn, slot: 2 });
    // A cycle is 3 × (2 s + 1 s) = 9 s; the first target types in [0, 2), [9, 11), …
    expect([0, 1999, 2000, 3500].map(first)).toEqual([0, 1999, 9000, 10_500]);
    // the third in [6, 8), [15, 17), …
    expect([0, 1999, 2000].map(third)).toEqual([6000, 7999, 15_000]);
    expect(turnShare({ ...turn, slot: 1 })).toBeCloseTo(2 / 9);
    // 5 s of typing take three turns each: all are over after the third cycle.
    expect(turnsOver({ ...turn, slot: 0 }, 5000)).toBe(27_000);
  });

  it('leaves the clock alone without turns', () => {
    expect([0, 12_345].map(turnClock(undefined))).toEqual([0, 12_345]);
    expect(turnShare(undefined)).toBe(1);
    expect(turnsOver(undefined, 5000)).toBe(0);
  });
});

// The outline store on every backend: node writes, versioned events, and concurrent changes.
import { expect, it } from 'vitest';
import type { Storage } from '@server/storage/types';
import { describeEachBackend } from './backends';
import { makeNode, makeYearbook, newId } from './records';

async function newYearbook(storage: Storage) {
  const yearbook = makeYearbook();
  await storage.yearbooks.create(yearbook);
  return yearbook;
}

const payload = (type: string) => (version: number) => JSON.stringify({ type, version });

describeEachBackend('storage: outline', (ctx) => {
  it('writes nodes and logs one version per event, in order', async () => {
    const { nodes, yearbooks } = ctx.storage;
    const yearbook = await newYearbook(ctx.storage);
    const category = makeNode(yearbook.id, { title: '概况', position: 0 });
    const entry = makeNode(yearbook.id, {
      parentId: category.id,
      kind: 'entry',
      title: '自然地理',
      position: 0,
      plannedLength: 1200,
    });

    const versions = await nodes.applyChange({
      yearbookId: yearbook.id,
      upsert: [category, entry],
      events: [payload('node-upserted'), payload('node-upserted')],
    });
    expect(versions).toEqual([1, 2]);
    expect(await nodes.findById(entry.id)).toEqual(entry);
    expect((await yearbooks.findById(yearbook.id))?.outlineVersion).toBe(2);

    expect(await nodes.applyChange({ yearbookId: yearbook.id, events: [payload('reload')] })).toEqual([3]);
    const events = await nodes.eventsSince(yearbook.id, 0, 100);
    expect(events.map((e) => e.version)).toEqual([1, 2, 3]);
    expect(events.map((e) => JSON.parse(e.payload))).toEqual([
      { type: 'node-upserted', version: 1 },
      { type: 'node-upserted', version: 2 },
      { type: 'reload', version: 3 },
    ]);
    expect(events[0].yearbookId).toBe(yearbook.id);
    expect(Number.isNaN(Date.parse(events[0].createdAt))).toBe(false);
  });

  it('overwrites a node whole and keeps the bin fields', async () => {
    const { nodes } = ctx.storage;
    const yearbook = await newYearbook(ctx.storage);
    const node = makeNode(yearbook.id, { kind: 'entry', plannedLength: 800 });
    await nodes.applyChange({ yearbookId: yearbook.id, upsert: [node], events: [] });
    const deleted = { ...node, title: '新标题', position: 3, plannedLength: null, deletedAt: '2024-05-01T00:00:00.000Z', deletedWith: node.id };
    await nodes.applyChange({ yearbookId: yearbook.id, upsert: [deleted], events: [payload('node-deleted')] });
    expect(await nodes.findById(node.id)).toEqual(deleted);
    expect(await nodes.listByYearbook(yearbook.id)).toEqual([deleted]);
  });

  it('a change without events writes nodes without bumping the version', async () => {
    const yearbook = await newYearbook(ctx.storage);
    const node = makeNode(yearbook.id);
    expect(await ctx.storage.nodes.applyChange({ yearbookId: yearbook.id, upsert: [node], events: [] })).toEqual([]);
    expect(await ctx.storage.nodes.findById(node.id)).toEqual(node);
    expect((await ctx.storage.yearbooks.findById(yearbook.id))?.outlineVersion).toBe(0);
  });

  it('accepts a child written before its parent in one change', async () => {
    const yearbook = await newYearbook(ctx.storage);
    const parent = makeNode(yearbook.id);
    const child = makeNode(yearbook.id, { parentId: parent.id, kind: 'section' });
    await ctx.storage.nodes.applyChange({ yearbookId: yearbook.id, upsert: [child, parent], events: [payload('x')] });
    expect(await ctx.storage.nodes.findById(child.id)).toEqual(child);
  });

  it('writes nothing when any part of a change fails', async () => {
    const { nodes, yearbooks } = ctx.storage;
    const yearbook = await newYearbook(ctx.storage);
    await nodes.applyChange({ yearbookId: yearbook.id, events: [payload('first')] });

    const orphan = makeNode(yearbook.id, { parentId: newId() });
    const fine = makeNode(yearbook.id);
    await expect(
      nodes.applyChange({ yearbookId: yearbook.id, upsert: [fine, orphan], events: [payload('orphan')] }),
    ).rejects.toThrow();
    await expect(
      nodes.applyChange({
        yearbookId: yearbook.id,
        upsert: [fine],
        events: [
          payload('ok'),
          () => {
            throw new Error('payload failed');
          },
        ],
      }),
    ).rejects.toThrow('payload failed');

    expect(await nodes.findById(fine.id)).toBeUndefined();
    expect((await yearbooks.findById(yearbook.id))?.outlineVersion).toBe(1);
    expect((await nodes.eventsSince(yearbook.id, 0, 10)).map((e) => e.version)).toEqual([1]);
    // The version continues without a gap after the failures.
    expect(await nodes.applyChange({ yearbookId: yearbook.id, events: [payload('next')] })).toEqual([2]);
  });

  it('refuses an unknown yearbook and a node of another yearbook', async () => {
    const yearbook = await newYearbook(ctx.storage);
    const other = await newYearbook(ctx.storage);
    await expect(ctx.storage.nodes.applyChange({ yearbookId: newId(), events: [payload('x')] })).rejects.toThrow(
      /not found/,
    );
    await expect(
      ctx.storage.nodes.applyChange({ yearbookId: yearbook.id, upsert: [makeNode(other.id)], events: [] }),
    ).rejects.toThrow(/belongs to/);
  });

  it('lists every node of a yearbook (bin included) by position, and nothing of others', async () => {
    const yearbook = await newYearbook(ctx.storage);
    const other = await newYearbook(ctx.storage);
    const a = makeNode(yearbook.id, { position: 2 });
    const b = makeNode(yearbook.id, { position: 0, deletedAt: '2024-05-01T00:00:00.000Z' });
    const c = makeNode(yearbook.id, { position: 1 });
    b.deletedWith = b.id;
    await ctx.storage.nodes.applyChange({ yearbookId: yearbook.id, upsert: [a, b, c], events: [] });
    await ctx.storage.nodes.applyChange({ yearbookId: other.id, upsert: [makeNode(other.id)], events: [] });
    expect(await ctx.storage.nodes.listByYearbook(yearbook.id)).toEqual([b, c, a]);
    expect(await ctx.storage.nodes.findById(newId())).toBeUndefined();
  });

  it('sets the written length without an event', async () => {
    const yearbook = await newYearbook(ctx.storage);
    const entry = makeNode(yearbook.id, { kind: 'entry' });
    await ctx.storage.nodes.applyChange({ yearbookId: yearbook.id, upsert: [entry], events: [] });
    await ctx.storage.nodes.setWrittenLength(entry.id, 1534);
    expect((await ctx.storage.nodes.findById(entry.id))?.writtenLength).toBe(1534);
    expect((await ctx.storage.yearbooks.findById(yearbook.id))?.outlineVersion).toBe(0);
    expect(await ctx.storage.nodes.eventsSince(yearbook.id, 0, 10)).toEqual([]);
  });

  it('stores written lengths with their events in one change, only for nodes of that yearbook', async () => {
    const yearbook = await newYearbook(ctx.storage);
    const other = await newYearbook(ctx.storage);
    const [a, b] = [makeNode(yearbook.id, { kind: 'entry' }), makeNode(yearbook.id, { kind: 'entry' })];
    const foreign = makeNode(other.id, { kind: 'entry' });
    await ctx.storage.nodes.applyChange({ yearbookId: yearbook.id, upsert: [a, b], events: [] });
    await ctx.storage.nodes.applyChange({ yearbookId: other.id, upsert: [foreign], events: [] });
    const versions = await ctx.storage.nodes.applyChange({
      yearbookId: yearbook.id,
      writtenLengths: [
        { nodeId: a.id, writtenLength: 120 },
        { nodeId: b.id, writtenLength: 7 },
        { nodeId: foreign.id, writtenLength: 99 },
      ],
      events: [payload('length-changed'), payload('length-changed')],
    });
    expect(versions).toEqual([1, 2]);
    expect((await ctx.storage.nodes.findById(a.id))?.writtenLength).toBe(120);
    expect((await ctx.storage.nodes.findById(b.id))?.writtenLength).toBe(7);
    expect((await ctx.storage.nodes.findById(foreign.id))?.writtenLength).toBe(foreign.writtenLength);
  });

  it('returns events after a version, oldest first, at most `limit`, of that yearbook only', async () => {
    const yearbook = await newYearbook(ctx.storage);
    const other = await newYearbook(ctx.storage);
    for (let i = 0; i < 5; i++) await ctx.storage.nodes.applyChange({ yearbookId: yearbook.id, events: [payload('e')] });
    await ctx.storage.nodes.applyChange({ yearbookId: other.id, events: [payload('o')] });

    expect((await ctx.storage.nodes.eventsSince(yearbook.id, 2, 100)).map((e) => e.version)).toEqual([3, 4, 5]);
    expect((await ctx.storage.nodes.eventsSince(yearbook.id, 0, 2)).map((e) => e.version)).toEqual([1, 2]);
    expect(await ctx.storage.nodes.eventsSince(yearbook.id, 5, 100)).toEqual([]);
  });

  it('gives concurrent changes of one yearbook distinct, consecutive versions', async () => {
    const yearbook = await newYearbook(ctx.storage);
    // Each change writes the same shared node too, so on PostgreSQL the calls contend for rows.
    const shared = makeNode(yearbook.id, { title: '共用' });
    const calls = Array.from({ length: 40 }, (_, i) => {
      const own = makeNode(yearbook.id, { position: i });
      return ctx.storage.nodes.applyChange({
        yearbookId: yearbook.id,
        upsert: i % 2 ? [own, { ...shared, position: i }] : [{ ...shared, position: i }, own],
        events: Array.from({ length: 1 + (i % 3) }, () => payload(`call-${i}`)),
      });
    });
    const results = await Promise.all(calls);

    const total = results.reduce((n, v) => n + v.length, 0);
    for (const versions of results) {
      // One change's versions are consecutive: no other change got in between.
      versions.forEach((v, j) => expect(v).toBe(versions[0] + j));
    }
    expect(results.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect((await ctx.storage.yearbooks.findById(yearbook.id))?.outlineVersion).toBe(total);
    const events = await ctx.storage.nodes.eventsSince(yearbook.id, 0, 1000);
    expect(events.map((e) => e.version)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    for (const e of events) expect(JSON.parse(e.payload).version).toBe(e.version);
    expect(await ctx.storage.nodes.listByYearbook(yearbook.id)).toHaveLength(41);
  });
});

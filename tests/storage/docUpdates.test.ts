// The document update log on every backend: batches, reads, stats and the compaction commit.
import { expect, it } from 'vitest';
import { describeEachBackend } from './backends';
import { newId } from './records';

const bytes = (...values: number[]) => new Uint8Array(values);
const docName = () => `entry/${newId()}`;

describeEachBackend('storage: document updates', (ctx) => {
  it('appends a batch over several documents and reads each back in order as Uint8Array', async () => {
    const [a, b] = [docName(), docName()];
    await ctx.storage.docUpdates.appendBatch([
      { docName: a, update: bytes(1, 0, 255) },
      { docName: b, update: bytes(9) },
      { docName: a, update: bytes(2, 2) },
    ]);
    await ctx.storage.docUpdates.appendBatch([{ docName: a, update: bytes(3) }]);

    const rowsA = await ctx.storage.docUpdates.read(a);
    expect(rowsA.map((r) => Array.from(r.update))).toEqual([[1, 0, 255], [2, 2], [3]]);
    expect(rowsA.every((r) => r.docName === a && Number.isInteger(r.id))).toBe(true);
    expect(rowsA.map((r) => r.id)).toEqual([...rowsA.map((r) => r.id)].sort((x, y) => x - y));
    // A plain Uint8Array, not a driver Buffer, so callers compare and hand it to Yjs as is.
    expect(Object.getPrototypeOf(rowsA[0].update)).toBe(Uint8Array.prototype);
    expect((await ctx.storage.docUpdates.read(b)).map((r) => Array.from(r.update))).toEqual([[9]]);
    expect(await ctx.storage.docUpdates.read(docName())).toEqual([]);
  });

  it('treats an empty batch as nothing to do', async () => {
    await expect(ctx.storage.docUpdates.appendBatch([])).resolves.toBeUndefined();
  });

  it('counts rows and bytes of one document', async () => {
    const [a, b] = [docName(), docName()];
    await ctx.storage.docUpdates.appendBatch([
      { docName: a, update: new Uint8Array(100) },
      { docName: a, update: new Uint8Array(23) },
      { docName: b, update: new Uint8Array(7) },
    ]);
    expect(await ctx.storage.docUpdates.stats(a)).toEqual({ rows: 2, bytes: 123 });
    expect(await ctx.storage.docUpdates.stats(docName())).toEqual({ rows: 0, bytes: 0 });
  });

  it('stores nothing of a batch when one row fails', async () => {
    const [a, b] = [docName(), docName()];
    // More rows than one INSERT carries, so earlier statements of the batch did succeed.
    const valid = Array.from({ length: 1200 }, (_, i) => ({ docName: i % 2 ? a : b, update: bytes(i % 256) }));
    const invalid = { docName: null as unknown as string, update: bytes(1) };
    await expect(ctx.storage.docUpdates.appendBatch([...valid, invalid])).rejects.toThrow();
    expect(await ctx.storage.docUpdates.read(a)).toEqual([]);
    expect(await ctx.storage.docUpdates.stats(b)).toEqual({ rows: 0, bytes: 0 });
    // The store still works afterwards.
    await ctx.storage.docUpdates.appendBatch([{ docName: a, update: bytes(5) }]);
    expect(await ctx.storage.docUpdates.stats(a)).toEqual({ rows: 1, bytes: 1 });
  });

  it('stores nothing of a small batch when one row fails', async () => {
    const a = docName();
    // The database refuses it (doc_name is NOT NULL), after the valid rows were bound.
    const invalid = { docName: null as unknown as string, update: bytes(3) };
    await expect(
      ctx.storage.docUpdates.appendBatch([{ docName: a, update: bytes(1) }, { docName: a, update: bytes(2) }, invalid]),
    ).rejects.toThrow();
    expect(await ctx.storage.docUpdates.read(a)).toEqual([]);
  });

  it('replace inserts the merged row and deletes exactly the given ids, never a range', async () => {
    const [a, b] = [docName(), docName()];
    await ctx.storage.docUpdates.appendBatch(
      Array.from({ length: 5 }, (_, i) => ({ docName: a, update: bytes(i + 1) })),
    );
    await ctx.storage.docUpdates.appendBatch([{ docName: b, update: bytes(42) }]);
    const rows = await ctx.storage.docUpdates.read(a);
    const bRows = await ctx.storage.docUpdates.read(b);
    // Row 3 stands for one that committed after the read: it is not merged and must survive,
    // though its id lies between merged ids. The other document's id must survive too.
    const merged = [rows[0], rows[1], rows[3], rows[4]];
    await ctx.storage.docUpdates.replace(
      a,
      [...merged.map((r) => r.id), bRows[0].id],
      bytes(1, 2, 4, 5),
    );

    const after = await ctx.storage.docUpdates.read(a);
    expect(after.map((r) => Array.from(r.update))).toEqual([[3], [1, 2, 4, 5]]);
    expect(after[0].id).toBe(rows[2].id);
    expect(await ctx.storage.docUpdates.read(b)).toEqual(bRows);
    expect(await ctx.storage.docUpdates.stats(a)).toEqual({ rows: 2, bytes: 5 });
  });

  it('replace handles more ids than one statement binds', async () => {
    const a = docName();
    await ctx.storage.docUpdates.appendBatch(Array.from({ length: 1100 }, () => ({ docName: a, update: bytes(7) })));
    const ids = (await ctx.storage.docUpdates.read(a)).map((r) => r.id);
    await ctx.storage.docUpdates.replace(a, ids, bytes(8));
    expect((await ctx.storage.docUpdates.read(a)).map((r) => Array.from(r.update))).toEqual([[8]]);
  });
});

// The outline's structure rules through the API: kinds at each level, 子分目 depth, cycles,
// dense positions on create / move / delete, and the recycle bin (delete, list, restore).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutlineNode, OutlineResponse, OutlineTreeNode } from '@shared/domain/types';
import { createTestApp, json, seedYearbook, type SeededYearbook, type TestApp } from '../helpers/factories';

let t: TestApp;
let s: SeededYearbook;
let admin: string;
beforeEach(async () => {
  t = await createTestApp();
  s = await seedYearbook(t);
  admin = s.cookies.admin;
});
afterEach(async () => t.close());

const create = async (parentId: string | null, kind: string, title: string, extra: object = {}, status = 201) =>
  json<OutlineNode>(
    await t.request('POST', `/api/yearbooks/${s.yearbookId}/nodes`, { cookie: admin, body: { parentId, kind, title, ...extra } }),
    status,
  );
const patch = async (id: string, body: object, status = 200) =>
  json<OutlineNode>(await t.request('PATCH', `/api/nodes/${id}`, { cookie: admin, body }), status);
const outline = async () => json<OutlineResponse>(await t.request('GET', `/api/yearbooks/${s.yearbookId}/outline`, { cookie: admin }), 200);
const titles = (nodes: OutlineTreeNode[]) => nodes.map((n) => n.title);
const find = (nodes: OutlineTreeNode[], id: string): OutlineTreeNode | undefined => {
  for (const n of nodes) {
    if (n.id === id) return n;
    const hit = find(n.children, id);
    if (hit) return hit;
  }
};

describe('outline structure', () => {
  it('returns the ordered tree with its version', async () => {
    const o = await outline();
    expect(o.yearbookId).toBe(s.yearbookId);
    expect(o.version).toBeGreaterThanOrEqual(3);
    expect(titles(o.nodes)).toEqual(['城市建设']);
    expect(o.nodes[0].children[0].children[0]).toMatchObject({ kind: 'entry', title: '地铁建设', writtenLength: 0, position: 0 });
  });

  it('places kinds only where they belong', async () => {
    const sub = await create(s.sectionId, 'section', '轨道交通'); // 子分目
    await create(sub.id, 'entry', '地铁 3 号线', { plannedLength: 1200 });
    const errors = [
      await create(s.categoryId, 'category', '类目下的类目', {}, 422),
      await create(null, 'section', '顶层分目', {}, 422),
      await create(null, 'entry', '顶层条目', {}, 422),
      await create(s.categoryId, 'entry', '类目下的条目', {}, 422),
      await create(sub.id, 'section', '第三层分目', {}, 422),
      await create(s.entryId, 'section', '条目下的分目', {}, 422),
      await create(s.entryId, 'entry', '条目下的条目', {}, 422),
    ] as unknown as Array<{ error: { code: string; message: string } }>;
    for (const e of errors) {
      expect(e.error.code).toBe('invalid_structure');
      expect(e.error.message).toMatch(/^parentId: /);
    }
    const bad = (await create(s.categoryId, 'section', 'x', { plannedLength: 10 }, 400)) as unknown as { error: { message: string } };
    expect(bad.error.message).toMatch(/^plannedLength/);
    await create('unknownNodeId', 'section', '无上级', {}, 422);
  });

  it('keeps positions dense on insert, move and delete', async () => {
    const a = await create(null, 'category', 'A');
    const b = await create(null, 'category', 'B', { position: 0 });
    expect(titles((await outline()).nodes)).toEqual(['B', '城市建设', 'A']);
    await patch(a.id, { position: 0 });
    let o = await outline();
    expect(titles(o.nodes)).toEqual(['A', 'B', '城市建设']);
    expect(o.nodes.map((n) => n.position)).toEqual([0, 1, 2]);
    await json(await t.request('DELETE', `/api/nodes/${b.id}`, { cookie: admin }), 204);
    o = await outline();
    expect(titles(o.nodes)).toEqual(['A', '城市建设']);
    expect(o.nodes.map((n) => n.position)).toEqual([0, 1]);
  });

  it('moves nodes between parents, renames, and refuses cycles and too-deep moves', async () => {
    const other = await create(s.categoryId, 'section', '水运');
    const moved = await patch(s.entryId, { parentId: other.id, title: '港口建设', plannedLength: 800 });
    expect(moved).toMatchObject({ parentId: other.id, title: '港口建设', plannedLength: 800, position: 0 });
    // A section under its own sub-section: a cycle.
    const sub = await create(s.sectionId, 'section', '子分目');
    const cycle = (await patch(s.sectionId, { parentId: sub.id }, 422)) as unknown as { error: { code: string } };
    expect(cycle.error.code).toBe('cycle');
    await patch(s.sectionId, { parentId: s.sectionId }, 422);
    // A section that has sub-sections cannot become a sub-section itself (no deeper than 子分目).
    const deep = (await patch(s.sectionId, { parentId: other.id }, 422)) as unknown as { error: { message: string } };
    expect(deep.error.message).toMatch(/子分目/);
    // A category cannot move under anything; an entry cannot go to the root.
    await patch(s.categoryId, { parentId: other.id }, 422);
    await patch(s.entryId, { parentId: null }, 422);
    // An empty patch is a 400 naming nothing changeable.
    await patch(s.entryId, {}, 400);
  });

  it('moves a subtree to the recycle bin and restores it', async () => {
    const second = await create(s.sectionId, 'entry', '公交');
    const deletedIds: string[][] = [];
    t.events.on('entries-deleted', (p) => deletedIds.push(p.entryIds));
    await json(await t.request('DELETE', `/api/nodes/${s.sectionId}`, { cookie: admin }), 204);
    expect(deletedIds).toEqual([expect.arrayContaining([s.entryId, second.id])]);
    expect(find((await outline()).nodes, s.sectionId)).toBeUndefined();
    // Deleted nodes are gone for reading and editing.
    await json(await t.request('GET', `/api/entries/${s.entryId}`, { cookie: admin }), 404);
    await patch(s.entryId, { title: 'x' }, 404);
    await json(await t.request('DELETE', `/api/nodes/${s.sectionId}`, { cookie: admin }), 404);

    const trash = await json<{ items: Array<{ node: OutlineNode; children: OutlineTreeNode[]; entryCount: number; restorable: boolean }> }>(
      await t.request('GET', `/api/yearbooks/${s.yearbookId}/trash`, { cookie: admin }),
      200,
    );
    expect(trash.items).toHaveLength(1);
    expect(trash.items[0]).toMatchObject({ node: { id: s.sectionId, kind: 'section' }, entryCount: 2, restorable: true });
    expect(trash.items[0].children.map((c) => c.title)).toEqual(['地铁建设', '公交']);

    // An entry deleted with its section cannot be restored on its own.
    const alone = (await json<{ error: { code: string; message: string } }>(
      await t.request('POST', `/api/nodes/${s.entryId}/restore`, { cookie: admin }),
      409,
    ));
    expect(alone.error.code).toBe('restore_ancestor');
    const restored = await json<OutlineNode>(await t.request('POST', `/api/nodes/${s.sectionId}/restore`, { cookie: admin }), 200);
    expect(restored).toMatchObject({ id: s.sectionId, deletedAt: null, position: 0 });
    const back = find((await outline()).nodes, s.sectionId)!;
    expect(titles(back.children)).toEqual(['地铁建设', '公交']);
    await json(await t.request('GET', `/api/entries/${s.entryId}`, { cookie: admin }), 200);
    // Restoring a live node is a conflict.
    await json(await t.request('POST', `/api/nodes/${s.sectionId}/restore`, { cookie: admin }), 409);
  });

  it('refuses to restore under a parent that is itself in the bin', async () => {
    await json(await t.request('DELETE', `/api/nodes/${s.entryId}`, { cookie: admin }), 204);
    await json(await t.request('DELETE', `/api/nodes/${s.categoryId}`, { cookie: admin }), 204);
    const res = await json<{ error: { code: string; message: string } }>(
      await t.request('POST', `/api/nodes/${s.entryId}/restore`, { cookie: admin }),
      409,
    );
    expect(res.error.code).toBe('parent_deleted');
    expect(res.error.message).toContain('交通');
    const trash = await json<{ items: Array<{ node: OutlineNode; restorable: boolean }> }>(
      await t.request('GET', `/api/yearbooks/${s.yearbookId}/trash`, { cookie: admin }),
      200,
    );
    expect(trash.items.map((i) => [i.node.title, i.restorable])).toEqual([
      ['城市建设', true],
      ['地铁建设', false],
    ]);
    // Restore the category (with its section), then the entry deleted before it.
    await json(await t.request('POST', `/api/nodes/${s.categoryId}/restore`, { cookie: admin }), 200);
    await json(await t.request('POST', `/api/nodes/${s.entryId}/restore`, { cookie: admin }), 200);
    const o = await outline();
    expect(find(o.nodes, s.entryId)?.title).toBe('地铁建设');
  });

  it('keeps positions dense under concurrent creates and moves', async () => {
    const made = await Promise.all(Array.from({ length: 8 }, (_, i) => create(s.sectionId, 'entry', `并发${i}`)));
    await Promise.all(made.slice(0, 4).map((n, i) => patch(n.id, { position: i % 2 })));
    const section = find((await outline()).nodes, s.sectionId)!;
    expect(section.children).toHaveLength(9);
    expect(section.children.map((c) => c.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('logs every change as a versioned event and announces it', async () => {
    const before = (await outline()).version;
    const seen: Array<{ type: string; version: number }> = [];
    t.events.on('outline-changed', (p) => seen.push(p.event));
    await create(s.sectionId, 'entry', '新条目');
    await t.services.outline.recordWrittenLength(s.entryId, 321);
    const o = await outline();
    expect(o.version).toBe(before + 2);
    expect(seen.map((e) => [e.type, e.version])).toEqual([
      ['node-upserted', before + 1],
      ['length-changed', before + 2],
    ]);
    expect(find(o.nodes, s.entryId)?.writtenLength).toBe(321);
    const logged = await t.storage.nodes.eventsSince(s.yearbookId, before, 10);
    expect(logged.map((r) => JSON.parse(r.payload).type)).toEqual(['node-upserted', 'length-changed']);
  });
});

// The outline's server-sent events: live delivery with `id:` = version, catch-up after
// Last-Event-ID or ?since=, `reload` when too far behind, and the end of the stream on revocation.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutlineEvent } from '@shared/domain/types';
import { MAX_CATCH_UP_EVENTS } from '@server/routes/events';
import { createTestApp, json, seedYearbook, type SeededYearbook, type TestApp } from '../helpers/factories';

let t: TestApp;
let s: SeededYearbook;
beforeEach(async () => {
  t = await createTestApp();
  s = await seedYearbook(t);
});
afterEach(async () => t.close());

/** Reads SSE messages from a response body. */
function sseReader(res: Response) {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const messages: Array<{ id?: string; event: OutlineEvent }> = [];
  let comments = 0;
  let done = false;
  const pump = (async () => {
    for (;;) {
      const { value, done: end } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (end) break;
      buffer += decoder.decode(value, { stream: true });
      let cut: number;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const lines = block.split('\n');
        if (lines.every((l) => l.startsWith(':'))) comments++;
        const data = lines.filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
        const id = lines.find((l) => l.startsWith('id: '))?.slice(4);
        if (data) messages.push({ id, event: JSON.parse(data) });
      }
    }
    done = true;
  })();
  return {
    messages,
    get comments() {
      return comments;
    },
    get done() {
      return done;
    },
    async waitFor(n: number, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < n) {
        if (Date.now() > deadline) throw new Error(`got ${messages.length} of ${n} events`);
        await new Promise((r) => setTimeout(r, 10));
      }
      return messages;
    },
    async waitDone(timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (!done) {
        if (Date.now() > deadline) throw new Error('stream still open');
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    cancel: () => reader.cancel().then(() => pump),
  };
}

const addEntry = (title: string) => t.services.outline.createNode(s.yearbookId, { parentId: s.sectionId, kind: 'entry', title });

describe('outline event stream', () => {
  it('delivers live changes with id = version', async () => {
    const res = await t.request('GET', `/api/yearbooks/${s.yearbookId}/events`, { cookie: s.cookies.reviewer });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const sse = sseReader(res);
    const node = await addEntry('实时条目');
    await t.services.outline.recordWrittenLength(node.id, 42);
    const [first, second] = await sse.waitFor(2);
    expect(first.event).toMatchObject({ type: 'node-upserted', node: { id: node.id, title: '实时条目' } });
    expect(first.id).toBe(String(first.event.version));
    expect(second.event).toMatchObject({ type: 'length-changed', nodeId: node.id, writtenLength: 42, version: first.event.version + 1 });
    // Other yearbooks' changes do not leak in.
    const other = await t.services.yearbooks.createYearbook({ title: '另一本', recordYear: 2023, placeName: '某县', level: 'county' });
    await t.services.outline.createNode(other.id, { parentId: null, kind: 'category', title: '别处' });
    await addEntry('第三个');
    await sse.waitFor(3);
    expect(sse.messages.map((m) => m.event.type)).toEqual(['node-upserted', 'length-changed', 'node-upserted']);
    expect(sse.comments).toBeGreaterThanOrEqual(1); // the opening comment
    await sse.cancel();
  });

  it('catches up after Last-Event-ID, then continues live without duplicates', async () => {
    const { version } = await json<{ version: number }>(await t.request('GET', `/api/yearbooks/${s.yearbookId}/outline`, { cookie: s.cookies.editor }), 200);
    // Missed while disconnected:
    const a = await addEntry('错过一');
    const b = await addEntry('错过二');
    const res = await t.request('GET', `/api/yearbooks/${s.yearbookId}/events`, {
      cookie: s.cookies.editor,
      headers: { 'last-event-id': String(version) },
    });
    const sse = sseReader(res);
    const missed = await sse.waitFor(2);
    expect(missed.map((m) => (m.event as { node: { id: string } }).node.id)).toEqual([a.id, b.id]);
    expect(missed.map((m) => Number(m.id))).toEqual([version + 1, version + 2]);
    const c = await addEntry('实时三');
    const all = await sse.waitFor(3);
    expect((all[2].event as { node: { id: string } }).node.id).toBe(c.id);
    expect(all.map((m) => Number(m.id))).toEqual([version + 1, version + 2, version + 3]);
    await sse.cancel();
  });

  it('accepts ?since= as well, and sends nothing when up to date', async () => {
    const before = (await t.storage.yearbooks.findById(s.yearbookId))!.outlineVersion;
    await addEntry('新');
    const res = await t.request('GET', `/api/yearbooks/${s.yearbookId}/events?since=${before}`, { cookie: s.cookies.inspector });
    const sse = sseReader(res);
    const [m] = await sse.waitFor(1);
    expect(m.event).toMatchObject({ type: 'node-upserted', version: before + 1 });
    await sse.cancel();
    const upToDate = sseReader(
      await t.request('GET', `/api/yearbooks/${s.yearbookId}/events?since=${before + 1}`, { cookie: s.cookies.inspector }),
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(upToDate.messages).toEqual([]);
    await upToDate.cancel();
  });

  it('sends one reload event when too much was missed or the version is from the future', async () => {
    const start = (await t.storage.yearbooks.findById(s.yearbookId))!.outlineVersion;
    for (let i = 0; i <= MAX_CATCH_UP_EVENTS; i++) await t.services.outline.recordWrittenLength(s.entryId, i + 1);
    const current = (await t.storage.yearbooks.findById(s.yearbookId))!.outlineVersion;
    expect(current - start).toBe(MAX_CATCH_UP_EVENTS + 1);
    const sse = sseReader(
      await t.request('GET', `/api/yearbooks/${s.yearbookId}/events`, { cookie: s.cookies.editor, headers: { 'last-event-id': String(start) } }),
    );
    const [m] = await sse.waitFor(1);
    expect(m.event).toEqual({ type: 'reload', version: current });
    expect(m.id).toBe(String(current));
    await new Promise((r) => setTimeout(r, 100));
    expect(sse.messages).toHaveLength(1);
    await sse.cancel();

    const future = sseReader(
      await t.request('GET', `/api/yearbooks/${s.yearbookId}/events?since=${current + 1000}`, { cookie: s.cookies.editor }),
    );
    expect((await future.waitFor(1))[0].event).toEqual({ type: 'reload', version: current });
    await future.cancel();
  }, 120_000);

  it('ends the stream when the session is revoked or the member removed, and unsubscribes on abort', async () => {
    const sse = sseReader(await t.request('GET', `/api/yearbooks/${s.yearbookId}/events`, { cookie: s.cookies.reviewer }));
    await new Promise((r) => setTimeout(r, 50));
    await t.request('DELETE', '/api/session', { cookie: s.cookies.reviewer });
    await sse.waitDone();

    const member = sseReader(await t.request('GET', `/api/yearbooks/${s.yearbookId}/events`, { cookie: s.cookies.contributor }));
    await new Promise((r) => setTimeout(r, 50));
    await t.services.members.removeMember(s.yearbookId, s.userIds.contributor);
    await member.waitDone();

    // A cancelled stream stops listening: further events reach no writer and throw nothing.
    const third = sseReader(await t.request('GET', `/api/yearbooks/${s.yearbookId}/events`, { cookie: s.cookies.editor }));
    await new Promise((r) => setTimeout(r, 50));
    await third.cancel();
    await new Promise((r) => setTimeout(r, 50));
    await addEntry('无人接收');
  });
});

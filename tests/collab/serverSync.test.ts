// Through the real server process and its public API: two stock clients converge, refusals carry
// no content, a reviewer's raw update never lands, and signing out closes the user's socket.
import { CLOSE_CODES } from '@shared/protocol';
import type { EntryContent, OutlineResponse, OutlineTreeNode } from '@shared/domain/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendParagraph, connectProvider, connectRaw, frameKind, rawFrames, textOf, typeInFirstParagraph, waitFor, waitSynced } from '../helpers/collabClient';
import { type SpawnedServer, startServer } from '../helpers/startServer';
import { createServerFixture, type ServerFixture } from './serverFixture';

describe('collab through the real server', () => {
  let server: SpawnedServer;
  let fx: ServerFixture;
  beforeAll(async () => {
    server = await startServer();
    fx = await createServerFixture(server);
  }, 90_000);
  afterAll(async () => {
    await server?.stop();
  });

  const entryText = async () =>
    (await server.api<EntryContent>('GET', `/api/entries/${fx.entryId}`, { cookie: fx.users.editorA.cookie })).body.text;

  it('two writers converge and REST reports the committed text', async () => {
    const a = connectProvider({ origin: server.origin, entryId: fx.entryId, cookie: fx.users.editorA.cookie });
    const b = connectProvider({ origin: server.origin, entryId: fx.entryId, cookie: fx.users.editorB.cookie });
    await Promise.all([waitSynced(a), waitSynced(b)]);
    appendParagraph(a.doc, '青白江区位于成都市东北部');
    await waitFor(() => textOf(b.doc).includes('青白江区'), 'B sees A');
    typeInFirstParagraph(a.doc, 0, '甲');
    typeInFirstParagraph(b.doc, 0, '乙');
    await waitFor(() => textOf(a.doc) === textOf(b.doc) && textOf(a.doc).length === 14, 'converged');
    await waitFor(async () => (await entryText()) === textOf(a.doc), 'REST text');
    // The written length reaches the outline (debounced, code points, joins not counted).
    const findEntry = (nodes: OutlineTreeNode[]): OutlineTreeNode | undefined =>
      nodes.map((n) => (n.id === fx.entryId ? n : findEntry(n.children))).find(Boolean);
    await waitFor(async () => {
      const outline = await server.api<OutlineResponse>('GET', `/api/yearbooks/${fx.yearbookId}/outline`, { cookie: fx.users.editorA.cookie });
      return findEntry(outline.body.nodes)?.writtenLength === 14;
    }, 'written length in the outline');
    a.destroy();
    b.destroy();
  });

  it('anonymous and non-member sockets are closed with no content', async () => {
    for (const [cookie, code] of [
      [undefined, CLOSE_CODES.UNAUTHORIZED],
      [fx.users.outsider.cookie, CLOSE_CODES.FORBIDDEN],
    ] as const) {
      const raw = connectRaw({ origin: server.origin, path: `entry/${fx.entryId}`, cookie });
      await raw.opened;
      raw.send(rawFrames.syncStep1(new Y.Doc()));
      expect(await raw.closed).toBe(code);
      expect(raw.frames.filter((f) => frameKind(f).join() === '0,1')).toEqual([]);
    }
    const p = connectProvider({ origin: server.origin, entryId: fx.entryId, cookie: fx.users.outsider.cookie });
    await waitFor(() => p.closeCodes.includes(CLOSE_CODES.FORBIDDEN), 'provider refused');
    expect(p.doc.getXmlFragment('default').length).toBe(0);
    p.destroy();
  });

  it("a reviewer's raw update never reaches storage or other clients", async () => {
    const w = connectProvider({ origin: server.origin, entryId: fx.entryId, cookie: fx.users.editorA.cookie });
    await waitSynced(w);
    const before = await entryText();
    const raw = connectRaw({ origin: server.origin, path: `entry/${fx.entryId}`, cookie: fx.users.reviewer.cookie });
    await raw.opened;
    const forged = new Y.Doc();
    appendParagraph(forged, '审稿人篡改');
    raw.send(rawFrames.update(Y.encodeStateAsUpdate(forged), 2));
    raw.send(rawFrames.update(Y.encodeStateAsUpdate(forged), 1));
    await waitFor(() => raw.frames.some((f) => frameKind(f)[0] === 2), 'permission denied');
    await new Promise((r) => setTimeout(r, 500));
    expect(textOf(w.doc)).toBe(before);
    expect(await entryText()).toBe(before);
    raw.ws.close();
    // A new client after the unload delay still sees no forged text (nothing stored).
    const fresh = connectProvider({ origin: server.origin, entryId: fx.entryId, cookie: fx.users.editorB.cookie });
    await waitSynced(fresh);
    expect(textOf(fresh.doc)).toBe(before);
    fresh.destroy();
    w.destroy();
  });

  it('DELETE /api/session closes that user’s open socket with 4401', async () => {
    const cookie = await server.signIn('editor-b', 'user-password-1234');
    const p = connectProvider({ origin: server.origin, entryId: fx.entryId, cookie });
    const other = connectProvider({ origin: server.origin, entryId: fx.entryId, cookie: fx.users.editorA.cookie });
    await Promise.all([waitSynced(p), waitSynced(other)]);
    const res = await server.api('DELETE', '/api/session', { cookie });
    expect(res.status).toBe(204);
    await waitFor(() => p.closeCodes.includes(CLOSE_CODES.UNAUTHORIZED), 'closed 4401');
    expect(other.closeCodes).toEqual([]);
    p.destroy();
    other.destroy();
  });

  it('a role change through the API downgrades or closes sockets, and deleting the entry closes 4404', async () => {
    const yb = fx.yearbookId;
    const b = fx.users.editorB;
    const p = connectProvider({ origin: server.origin, entryId: fx.entryId, cookie: b.cookie });
    await waitSynced(p);
    const put = await server.api('PUT', `/api/yearbooks/${yb}/members/${b.id}`, { cookie: fx.adminCookie, body: { role: 'reviewer' } });
    expect(put.status).toBeLessThan(300);
    // Re-authorization reads the database after the event; no way to observe it from outside.
    await new Promise((r) => setTimeout(r, 1000));
    const before = await entryText();
    appendParagraph(p.doc, '降级后的修改');
    await waitFor(() => p.denied.length === 1, 'denied after downgrade');
    expect(await entryText()).toBe(before);
    const del = await server.api('DELETE', `/api/yearbooks/${yb}/members/${b.id}`, { cookie: fx.adminCookie });
    expect(del.status).toBeLessThan(300);
    await waitFor(() => p.closeCodes.includes(CLOSE_CODES.FORBIDDEN), 'closed 4403');
    p.destroy();
    // Restore B for any later test, then send the entry to the recycle bin under A's socket.
    await server.api('PUT', `/api/yearbooks/${yb}/members/${b.id}`, { cookie: fx.adminCookie, body: { role: 'contributor' } });
    const a = connectProvider({ origin: server.origin, entryId: fx.entryId, cookie: fx.users.editorA.cookie });
    await waitSynced(a);
    const gone = await server.api('DELETE', `/api/nodes/${fx.entryId}`, { cookie: fx.adminCookie });
    expect(gone.status).toBe(204);
    await waitFor(() => a.closeCodes.includes(CLOSE_CODES.NOT_FOUND), 'closed 4404');
    a.destroy();
    await server.api('POST', `/api/nodes/${fx.entryId}/restore`, { cookie: fx.adminCookie });
  });
});

// Durable before relay, proven with kill -9 on the real server process: whatever a peer received
// is on disk after a restart; a bounded fuzz of random edits, reconnects and kills mid-typing
// loses nothing a peer had seen, and every client converges afterwards.
import type { EntryContent } from '@shared/domain/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendParagraph, connectProvider, type TestProvider, textOf, waitFor, waitSynced } from '../helpers/collabClient';
import { type SpawnedServer, startServer } from '../helpers/startServer';
import { createServerFixture, type ServerFixture } from './serverFixture';

/** mulberry32, seeded so a failing run can be replayed with FUZZ_SEED. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Kill/restart rounds of the fuzz (each restart costs seconds). */
const ROUNDS = Number(process.env.FUZZ_ROUNDS ?? 2);

const CHARS = '年鉴条目青白江区经济发展人口统计教育卫生交通2023年增长%。，、';

describe('collab durability across kill -9 of the real server', () => {
  let server: SpawnedServer;
  let fx: ServerFixture;
  beforeAll(async () => {
    server = await startServer();
    fx = await createServerFixture(server);
  }, 90_000);
  afterAll(async () => {
    await server?.stop();
  });

  const restText = async (entryId: string) =>
    (await server.api<EntryContent>('GET', `/api/entries/${entryId}`, { cookie: fx.users.editorA.cookie })).body;

  it('an edit that B has seen survives kill -9 and restart', async () => {
    const a = connectProvider({ origin: server.origin, entryId: fx.entryId, cookie: fx.users.editorA.cookie });
    const b = connectProvider({ origin: server.origin, entryId: fx.entryId, cookie: fx.users.editorB.cookie });
    await Promise.all([waitSynced(a), waitSynced(b)]);
    appendParagraph(a.doc, '杀进程之前的编辑');
    await waitFor(() => textOf(b.doc).includes('杀进程之前的编辑'), 'B sees A');
    await server.kill9();
    // The clients go away with the server: nobody can resend the edit after the restart.
    const expected = textOf(b.doc);
    a.destroy();
    b.destroy();
    await server.restart();

    const rest = await restText(fx.entryId);
    expect(rest.text).toBe(expected);
    expect(rest.length).toBe([...expected.replace(/\n/g, '')].length);
    const c = connectProvider({ origin: server.origin, entryId: fx.entryId, cookie: fx.users.editorB.cookie });
    await waitSynced(c);
    await waitFor(() => textOf(c.doc) === expected, 'new client sees the edit');
    c.destroy();
  }, 120_000);

  it('random edits, reconnects and kill -9 mid-typing lose nothing a peer had received', async () => {
    const seed = Number(process.env.FUZZ_SEED ?? 7);
    const rand = prng(seed);
    const int = (n: number) => Math.floor(rand() * n);
    const cookies = [fx.users.editorA.cookie, fx.users.editorB.cookie, fx.users.editorA.cookie];
    // The clients' documents outlive their providers (as the browser's offline copy would).
    const docs = cookies.map(() => new Y.Doc());
    const connectAll = () =>
      docs.map((doc, i) => connectProvider({ origin: server.origin, entryId: fx.entryId, cookie: cookies[i], doc }));

    const edit = (doc: Y.Doc) => {
      const fragment = doc.getXmlFragment('default');
      if (fragment.length === 0 || rand() < 0.05) {
        appendParagraph(doc, CHARS[int(CHARS.length)]);
        return;
      }
      const paragraph = fragment.get(int(fragment.length)) as Y.XmlElement;
      const text = paragraph.get(0) as Y.XmlText | undefined;
      if (!text) return;
      if (rand() < 0.15 && text.length > 2) text.delete(int(text.length - 1), 1 + int(2));
      else text.insert(int(text.length + 1), CHARS.slice(int(CHARS.length - 3)).slice(0, 1 + int(3)));
    };

    for (let round = 0; round < ROUNDS; round++) {
      let clients: TestProvider[] = connectAll();
      await Promise.all(clients.map((c) => waitSynced(c)));
      const killAt = 20 + int(40);
      for (let step = 0; step < 60; step++) {
        const i = int(clients.length);
        edit(docs[i]);
        if (rand() < 0.05) {
          // A client drops and comes back while the others keep typing.
          clients[i].provider.disconnect();
          setTimeout(() => clients[i].provider.connect(), 20 + int(80));
        }
        if (step === killAt) {
          // Mid-typing: a burst from every client, the kill landing while frames are in flight.
          for (let k = 0; k < 6; k++) {
            edit(docs[k % docs.length]);
            await new Promise((r) => setTimeout(r, int(4)));
          }
          await server.kill9();
          break;
        }
        await new Promise((r) => setTimeout(r, int(15)));
      }
      await new Promise((r) => setTimeout(r, 100)); // frames already on the wire arrive
      // What each client had received from the others, per author: its state vector.
      const seen = docs.map((d) => Y.decodeStateVector(Y.encodeStateVector(d)));
      for (const c of clients) c.provider.destroy();
      clients = [];

      await server.restart();
      const probe = connectProvider({ origin: server.origin, entryId: fx.entryId, cookie: fx.users.editorB.cookie });
      await waitSynced(probe);
      const stored = Y.decodeStateVector(Y.encodeStateVector(probe.doc));
      let checked = 0;
      for (const [observer, sv] of seen.entries()) {
        for (const [author, clock] of sv) {
          if (author === docs[observer].clientID) continue; // its own unsent typing may be lost
          checked++;
          expect(stored.get(author) ?? 0, `round ${round} seed ${seed}: client ${observer} saw ${author}@${clock}`).toBeGreaterThanOrEqual(clock);
        }
      }
      expect(checked, 'the check saw edits of other clients').toBeGreaterThan(0);
      probe.destroy();

      // Reconnected, every client resends what the server lacks and all converge.
      clients = connectAll();
      await Promise.all(clients.map((c) => waitSynced(c)));
      await waitFor(() => clients.every((c) => textOf(c.doc) === textOf(clients[0].doc)), `round ${round} convergence`, 15_000);
      await waitFor(async () => (await restText(fx.entryId)).text === textOf(clients[0].doc), `round ${round} REST text`);
      for (const c of clients) c.provider.destroy();
    }
  }, 300_000);
});

// Refusals are accept-then-close with a 44xx code and no content: no session, not a member,
// unknown entry, bad Origin, other schema version. The stock client stops retrying on them.
import { CLOSE_CODES } from '@shared/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendParagraph, connectProvider, connectRaw, frameKind, waitFor, waitSynced } from '../helpers/collabClient';
import { type CollabHarness, startCollabHarness } from './collabHarness';

describe('collab: refusals', () => {
  let h: CollabHarness;
  let entryId: string;
  let writerCookie: string;
  beforeAll(async () => {
    h = await startCollabHarness();
    entryId = await h.addEntry();
    writerCookie = (await h.addUser('写手', 'editor')).cookie;
    // Some content a refused socket must never see.
    const w = connectProvider({ origin: h.origin, entryId, cookie: writerCookie });
    await waitSynced(w);
    appendParagraph(w.doc, '机密内容');
    await waitFor(async () => (await h.persistence.readEntryText(entryId)).text === '机密内容', 'stored');
    w.destroy();
  });
  afterAll(async () => {
    await h.stop();
  });

  async function refusedWith(opts: { path: string; cookie?: string; headers?: Record<string, string> }): Promise<number> {
    const raw = connectRaw({ origin: h.origin, ...opts });
    await raw.opened; // accepted first…
    const code = await raw.closed; // …then closed
    expect(raw.frames.map(frameKind)).toEqual([]); // and nothing was sent, least of all sync step 2
    return code;
  }

  it('no session → 4401', async () => {
    expect(await refusedWith({ path: `entry/${entryId}` })).toBe(CLOSE_CODES.UNAUTHORIZED);
    expect(await refusedWith({ path: `entry/${entryId}`, cookie: 'sid=forged' })).toBe(CLOSE_CODES.UNAUTHORIZED);
  });

  it('not a member → 4403', async () => {
    const outsider = await h.addUser('外人', null);
    expect(await refusedWith({ path: `entry/${entryId}`, cookie: outsider.cookie })).toBe(CLOSE_CODES.FORBIDDEN);
  });

  it('unknown entry or other document kind → 4404', async () => {
    expect(await refusedWith({ path: 'entry/nosuchentry', cookie: writerCookie })).toBe(CLOSE_CODES.NOT_FOUND);
    expect(await refusedWith({ path: 'outline/x', cookie: writerCookie })).toBe(CLOSE_CODES.NOT_FOUND);
  });

  it('bad Origin → 4406', async () => {
    const code = await refusedWith({ path: `entry/${entryId}`, cookie: writerCookie, headers: { origin: 'http://evil.test' } });
    expect(code).toBe(CLOSE_CODES.BAD_ORIGIN);
  });

  it('other schema version → 4426 and the stock client stops', async () => {
    expect(await refusedWith({ path: `entry/${entryId}?schema=99`, cookie: writerCookie })).toBe(CLOSE_CODES.RELOAD);
    const p = connectProvider({ origin: h.origin, entryId, cookie: writerCookie, schema: 99 });
    const closed = new Promise<number>((resolve) => p.provider.on('closed', (e) => resolve(e.code)));
    expect(await closed).toBe(CLOSE_CODES.RELOAD);
    expect(p.provider.shouldConnect).toBe(false);
    expect(p.doc.getXmlFragment('default').length).toBe(0);
    p.destroy();
  });

  it('the right schema and an allowed Origin are accepted', async () => {
    const raw = connectRaw({ origin: h.origin, path: `entry/${entryId}?schema=1`, cookie: writerCookie, headers: { origin: 'http://allowed.test' } });
    await raw.opened;
    await waitFor(() => raw.frames.length > 0, 'server greeting');
    expect(frameKind(raw.frames[0])).toEqual([0, 0]); // sync step 1
    raw.ws.close();
  });
});

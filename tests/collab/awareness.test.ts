// Awareness carries the name from the session, not the client's claim; states are size-capped;
// a socket cannot speak for another's client id; a closed socket's state disappears.
import { MAX_AWARENESS_STATE_BYTES } from '@shared/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectProvider, connectRaw, rawFrames, waitFor, waitSynced } from '../helpers/collabClient';
import { type CollabHarness, startCollabHarness } from './collabHarness';

describe('collab: awareness', () => {
  let h: CollabHarness;
  beforeEach(async () => {
    h = await startCollabHarness();
  });
  afterEach(async () => {
    await h.stop();
  });

  it('forces user.name, caps size, keeps client ids per socket and removes states on close', async () => {
    const entryId = await h.addEntry();
    const a = await h.addUser('张三', 'editor');
    const b = await h.addUser('李四', 'reviewer');
    const pa = connectProvider({ origin: h.origin, entryId, cookie: a.cookie, name: '冒充的主编' });
    const pb = connectProvider({ origin: h.origin, entryId, cookie: b.cookie, name: '李四' });
    await Promise.all([waitSynced(pa), waitSynced(pb)]);

    const aId = pa.doc.clientID;
    await waitFor(() => (pb.provider.awareness.getStates().get(aId) as { user?: { name?: string } } | undefined)?.user?.name, 'B sees A');
    const seen = pb.provider.awareness.getStates().get(aId) as { user: { name: string; color: string } };
    expect(seen.user).toEqual({ name: '张三', color: '#f00' });

    // An oversized state is dropped; a small one from the same raw socket passes.
    const c = await h.addUser('王五', 'editor');
    const raw = connectRaw({ origin: h.origin, path: `entry/${entryId}`, cookie: c.cookie });
    await raw.opened;
    raw.send(rawFrames.awareness([{ clientId: 777001, clock: 1, state: { user: { name: 'x' }, pad: 'x'.repeat(MAX_AWARENESS_STATE_BYTES) } }]));
    raw.send(rawFrames.awareness([{ clientId: 777002, clock: 1, state: { user: 'not an object' } }]));
    // Speaking for another user's client id (e.g. to erase A's cursor) is ignored.
    raw.send(rawFrames.awareness([{ clientId: aId, clock: 999, state: null }]));
    await waitFor(() => pb.provider.awareness.getStates().has(777002), 'small state arrives');
    expect((pb.provider.awareness.getStates().get(777002) as { user: unknown }).user).toEqual({ name: '王五' });
    expect(pb.provider.awareness.getStates().has(777001)).toBe(false);
    expect(pb.provider.awareness.getStates().has(aId)).toBe(true);

    // Closing the raw socket removes its state for everyone.
    raw.ws.close();
    await waitFor(() => !pb.provider.awareness.getStates().has(777002), 'state removed on close');
    // The same user on a new socket (a reconnect) may take over its own client id.
    const again = connectRaw({ origin: h.origin, path: `entry/${entryId}`, cookie: a.cookie });
    await again.opened;
    again.send(rawFrames.awareness([{ clientId: aId, clock: 1000, state: { user: { name: '随便' }, cursor: 7 } }]));
    await waitFor(() => (pb.provider.awareness.getStates().get(aId) as { cursor?: number } | undefined)?.cursor === 7, 'takeover');
    expect((pb.provider.awareness.getStates().get(aId) as { user: { name: string } }).user.name).toBe('张三');
    again.ws.close();
    // And a provider that goes away disappears too.
    pa.destroy();
    await waitFor(() => !pb.provider.awareness.getStates().has(aId), 'A removed');
    pb.destroy();
  });
});

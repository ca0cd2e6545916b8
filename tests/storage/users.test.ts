// Users and sessions on every backend.
import { expect, it } from 'vitest';
import { describeEachBackend } from './backends';
import { makeUser, newId } from './records';

describeEachBackend('storage: users and sessions', (ctx) => {
  it('creates, finds and lists users with booleans and timestamps intact', async () => {
    const { users } = ctx.storage;
    const before = await users.count();
    const admin = makeUser({ isAdmin: true, createdAt: '2024-01-01T00:00:00.000Z', displayName: '管理员' });
    const plain = makeUser({ createdAt: '2024-01-02T00:00:00.000Z' });
    await users.create(admin);
    await users.create(plain);

    expect(await users.findById(admin.id)).toEqual(admin);
    expect(await users.findById(plain.id)).toEqual(plain);
    expect(await users.findByUsername(plain.username)).toEqual(plain);
    expect(await users.findById(newId())).toBeUndefined();
    expect(await users.findByUsername('nobody')).toBeUndefined();
    expect(await users.count()).toBe(before + 2);

    const listed = await users.list();
    expect(listed.indexOf(listed.find((u) => u.id === admin.id)!)).toBeLessThan(
      listed.indexOf(listed.find((u) => u.id === plain.id)!),
    );
    expect(typeof (await users.count())).toBe('number');
  });

  it('refuses a second user with the same username', async () => {
    const first = makeUser();
    await ctx.storage.users.create(first);
    await expect(ctx.storage.users.create(makeUser({ username: first.username }))).rejects.toThrow();
  });

  it('creates, finds and revokes sessions', async () => {
    const { users, sessions } = ctx.storage;
    const user = makeUser();
    await users.create(user);
    const session = {
      id: newId(),
      userId: user.id,
      createdAt: '2024-03-01T08:00:00.000Z',
      expiresAt: '2024-03-08T08:00:00.000Z',
      revokedAt: null,
    };
    await sessions.create(session);
    expect(await sessions.findById(session.id)).toEqual(session);
    expect(await sessions.findById(newId())).toBeUndefined();

    await sessions.revoke(session.id, '2024-03-02T00:00:00.000Z');
    expect((await sessions.findById(session.id))?.revokedAt).toBe('2024-03-02T00:00:00.000Z');
    // A later revocation does not move the time.
    await sessions.revoke(session.id, '2024-03-03T00:00:00.000Z');
    expect((await sessions.findById(session.id))?.revokedAt).toBe('2024-03-02T00:00:00.000Z');
  });

  it('revokes every unrevoked session of one user and returns their ids', async () => {
    const { users, sessions } = ctx.storage;
    const [alice, bob] = [makeUser(), makeUser()];
    await users.create(alice);
    await users.create(bob);
    const mk = (userId: string, revokedAt: string | null = null) => ({
      id: newId(),
      userId,
      createdAt: '2024-03-01T08:00:00.000Z',
      expiresAt: '2099-01-01T00:00:00.000Z',
      revokedAt,
    });
    const live = [mk(alice.id), mk(alice.id)];
    const old = mk(alice.id, '2024-03-01T09:00:00.000Z');
    const other = mk(bob.id);
    for (const s of [...live, old, other]) await sessions.create(s);

    const revoked = await sessions.revokeAllForUser(alice.id, '2024-04-01T00:00:00.000Z');
    expect(revoked.sort()).toEqual(live.map((s) => s.id).sort());
    for (const s of live) expect((await sessions.findById(s.id))?.revokedAt).toBe('2024-04-01T00:00:00.000Z');
    expect((await sessions.findById(old.id))?.revokedAt).toBe('2024-03-01T09:00:00.000Z');
    expect((await sessions.findById(other.id))?.revokedAt).toBeNull();
    expect(await sessions.revokeAllForUser(alice.id, '2024-05-01T00:00:00.000Z')).toEqual([]);
  });

  it('refuses a session of an unknown user (foreign keys are on)', async () => {
    await expect(
      ctx.storage.sessions.create({
        id: newId(),
        userId: newId(),
        createdAt: '2024-03-01T08:00:00.000Z',
        expiresAt: '2024-03-08T08:00:00.000Z',
        revokedAt: null,
      }),
    ).rejects.toThrow();
  });
});

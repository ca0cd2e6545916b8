// Sign-in, the session cookie, who-am-I, sign-out and revocation, and session expiry.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, json, TEST_PASSWORD, type TestApp } from '../helpers/factories';

let t: TestApp;
afterEach(async () => t?.close());

describe('sessions', () => {
  it('signs in with a HttpOnly, SameSite=Lax, Path=/ cookie and answers who is signed in', async () => {
    t = await createTestApp();
    await t.services.users.createUser({ username: 'Wang', password: TEST_PASSWORD, displayName: '王编辑' });
    const res = await t.request('POST', '/api/session', { body: { username: 'wang', password: TEST_PASSWORD } });
    const body = await json<{ user: { username: string; displayName: string; isAdmin: boolean } }>(res, 200);
    expect(body.user).toMatchObject({ username: 'wang', displayName: '王编辑', isAdmin: false });
    expect(JSON.stringify(body)).not.toContain('scrypt');
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^nianjian_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Path=\//);
    const cookie = setCookie.split(';')[0];
    const me = await json<{ user: { username: string } }>(await t.request('GET', '/api/session', { cookie }), 200);
    expect(me.user.username).toBe('wang');
  });

  it('refuses wrong credentials with one message, and anonymous who-am-I with 401', async () => {
    t = await createTestApp();
    await t.services.users.createUser({ username: 'li', password: TEST_PASSWORD, displayName: '李' });
    const wrong = await json<{ error: { code: string; message: string } }>(
      await t.request('POST', '/api/session', { body: { username: 'li', password: 'nope-nope' } }),
      401,
    );
    const unknown = await json<{ error: { code: string; message: string } }>(
      await t.request('POST', '/api/session', { body: { username: 'nobody', password: 'nope-nope' } }),
      401,
    );
    expect(wrong.error.message).toBe(unknown.error.message);
    await json(await t.request('GET', '/api/session'), 401);
    await json(await t.request('GET', '/api/session', { cookie: 'nianjian_session=forged-token-forged-token-forged' }), 401);
  });

  it('sign-out revokes the session server-side and announces it', async () => {
    t = await createTestApp();
    const { id, cookie } = await t.createUser('zhao');
    const revoked: Array<{ sessionId: string; userId: string }> = [];
    t.events.on('session-revoked', (p) => revoked.push(p));
    const res = await t.request('DELETE', '/api/session', { cookie });
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/nianjian_session=;.*Max-Age=0/);
    expect(revoked).toEqual([{ sessionId: expect.any(String), userId: id }]);
    // The old cookie, replayed, no longer works.
    await json(await t.request('GET', '/api/session', { cookie }), 401);
    // Signing out again is harmless.
    expect((await t.request('DELETE', '/api/session', { cookie })).status).toBe(204);
  });

  it('revoking all sessions of a user ends each of them', async () => {
    t = await createTestApp();
    const { id, cookie } = await t.createUser('sun');
    const second = await t.signIn('sun');
    await t.services.auth.revokeAllForUser(id);
    await json(await t.request('GET', '/api/session', { cookie }), 401);
    await json(await t.request('GET', '/api/session', { cookie: second }), 401);
  });

  it('expires sessions after the configured lifetime and announces the expiry', async () => {
    t = await createTestApp({ sessionTtlHours: 0.3 / 3600 }); // 300 ms
    const { cookie } = await t.createUser('qian');
    await json(await t.request('GET', '/api/session', { cookie }), 200);
    const revoked: string[] = [];
    t.events.on('session-revoked', (p) => revoked.push(p.sessionId));
    await new Promise((r) => setTimeout(r, 400));
    await json(await t.request('GET', '/api/session', { cookie }), 401);
    expect(revoked).toHaveLength(1);
    await json(await t.request('GET', '/api/yearbooks', { cookie }), 401);
  });

  it('announces an expiry when it comes, for sessions a socket rides on', async () => {
    t = await createTestApp({ sessionTtlHours: 0.3 / 3600 }); // 300 ms
    const { id, cookie } = await t.createUser('feng');
    const found = await t.services.auth.authenticate(cookie.split('=')[1]);
    const revoked: Array<{ userId: string }> = [];
    t.events.on('session-revoked', (p) => revoked.push(p));
    t.services.auth.watchExpiry(found!.session);
    t.services.auth.watchExpiry(found!.session); // idempotent
    await new Promise((r) => setTimeout(r, 600));
    expect(revoked).toEqual([{ sessionId: found!.session.id, userId: id }]);
  });

  it('refuses further sign-ins for a username after too many failures', async () => {
    t = await createTestApp({ maxSignInFailures: 3 });
    await t.createUser('wu');
    for (let i = 0; i < 3; i++) {
      await json(await t.request('POST', '/api/session', { body: { username: 'wu', password: 'wrong-password' } }), 401);
    }
    const blocked = await json<{ error: { code: string; message: string } }>(
      await t.request('POST', '/api/session', { body: { username: 'WU', password: TEST_PASSWORD } }),
      429,
    );
    expect(blocked.error.code).toBe('too_many_attempts');
    expect(blocked.error.message).toMatch(/分钟后再试/);
    // Other usernames are not affected.
    await t.createUser('zheng');
    await t.signIn('zheng');
  });

  it('validates the sign-in body', async () => {
    t = await createTestApp();
    const res = await json<{ error: { code: string; message: string } }>(
      await t.request('POST', '/api/session', { body: { username: 'x' } }),
      400,
    );
    expect(res.error).toMatchObject({ code: 'invalid_input' });
    expect(res.error.message).toMatch(/^password: /);
    await json(await t.request('POST', '/api/session', { raw: '{"username":' }), 400);
    await json(await t.request('POST', '/api/session', { body: { username: 'x', password: 'y'.repeat(10_000) } }), 400);
  });
});

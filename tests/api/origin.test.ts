// The Origin check on mutating requests: the public origin (or the Host header), the allow-list,
// requests without Origin (non-browser clients) allowed, anything else 403.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, json, TEST_PASSWORD, type TestApp } from '../helpers/factories';

let t: TestApp;
afterEach(async () => t?.close());

const signIn = (origin?: string) => t.request('POST', '/api/session', { origin, body: { username: 'zhou', password: TEST_PASSWORD } });

describe('Origin check', () => {
  it('defaults to the Host header when no public origin is configured', async () => {
    t = await createTestApp();
    await t.createUser('zhou');
    expect((await signIn('http://nianjian.test')).status).toBe(200);
    expect((await signIn()).status).toBe(200); // curl, tests: no Origin at all
    const bad = await json<{ error: { code: string } }>(await signIn('http://evil.example'), 403);
    expect(bad.error.code).toBe('bad_origin');
    expect((await signIn('null')).status).toBe(403);
  });

  it('uses the configured public origin and allow-list, for every mutating method', async () => {
    t = await createTestApp({ settings: { publicOrigin: 'https://nj.example.cn', allowedOrigins: ['http://localhost:5173'] } });
    const { cookie } = await t.createUser('zhou', { isAdmin: true });
    expect((await signIn('https://nj.example.cn')).status).toBe(200);
    expect((await signIn('http://localhost:5173')).status).toBe(200);
    // The Host header no longer decides once a public origin is set.
    expect((await signIn('http://nianjian.test')).status).toBe(403);
    const body = { title: '年鉴', recordYear: 2023, placeName: '某市' };
    expect((await t.request('POST', '/api/yearbooks', { cookie, body, origin: 'https://evil.example' })).status).toBe(403);
    expect((await t.request('PATCH', '/api/nodes/x', { cookie, body: { title: 'y' }, origin: 'https://evil.example' })).status).toBe(403);
    expect((await t.request('PUT', '/api/yearbooks/x/members/y', { cookie, body: { role: 'editor' }, origin: 'https://evil.example' })).status).toBe(403);
    expect((await t.request('DELETE', '/api/session', { cookie, origin: 'https://evil.example' })).status).toBe(403);
    // Reads are not checked (SameSite=Lax already keeps the cookie off cross-site subrequests).
    expect((await t.request('GET', '/api/yearbooks', { cookie, origin: 'https://evil.example' })).status).toBe(200);
    // The refused sign-out did not end the session.
    expect((await t.request('GET', '/api/session', { cookie })).status).toBe(200);
  });
});

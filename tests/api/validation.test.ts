// Bad input never causes a 500 or a half-written record: malformed JSON, wrong types, missing
// fields, huge strings and bodies, unknown and malformed ids all get a 4xx `{error:{code,message}}`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, seedYearbook, type SeededYearbook, type TestApp } from '../helpers/factories';

let t: TestApp;
let s: SeededYearbook;
beforeAll(async () => {
  t = await createTestApp();
  s = await seedYearbook(t);
});
afterAll(async () => t.close());

type Case = [string, string, { raw?: string; body?: unknown }, number, RegExp?];

describe('input validation', () => {
  const cases = (): Case[] => [
    ['POST', '/api/session', { raw: '{not json' }, 400],
    ['POST', '/api/session', { raw: '' }, 400],
    ['POST', '/api/session', { body: [] }, 400],
    ['POST', '/api/session', { body: { username: 5, password: 'x' } }, 400, /^username: /],
    ['POST', '/api/users', { body: { username: 'ok_name', password: 'short', displayName: '张' } }, 400, /^password: /],
    ['POST', '/api/users', { body: { username: '中文名', password: 'long-enough', displayName: '张' } }, 400, /^username: /],
    ['POST', '/api/users', { body: { username: 'fine', password: 'long-enough', displayName: '   ' } }, 400, /^displayName: /],
    ['POST', '/api/users', { body: { username: 'fine', password: 'long-enough', displayName: '长'.repeat(65) } }, 400, /^displayName: /],
    ['POST', '/api/yearbooks', { body: { title: '年鉴', recordYear: '2023', placeName: '某市' } }, 400, /^recordYear: /],
    ['POST', '/api/yearbooks', { body: { title: '年鉴', recordYear: 2023.5, placeName: '某市' } }, 400, /^recordYear: /],
    ['POST', '/api/yearbooks', { body: { title: '年鉴', recordYear: 2023, placeName: '某市', level: 'galaxy' } }, 400, /^level: /],
    ['POST', '/api/yearbooks', { body: { title: 'x'.repeat(100_000), recordYear: 2023, placeName: '某市' } }, 400, /^title: /],
    ['PUT', `/api/yearbooks/${s.yearbookId}/members/${s.userIds.editor}`, { body: { role: 'emperor' } }, 400, /^role: /],
    ['POST', `/api/yearbooks/${s.yearbookId}/nodes`, { body: { parentId: null, kind: 'chapter', title: 'x' } }, 400, /^kind: /],
    ['POST', `/api/yearbooks/${s.yearbookId}/nodes`, { body: { kind: 'category', title: 'x' } }, 400, /^parentId: /],
    ['POST', `/api/yearbooks/${s.yearbookId}/nodes`, { body: { parentId: s.sectionId, kind: 'entry', title: 'x', plannedLength: -1 } }, 400, /^plannedLength: /],
    ['POST', `/api/yearbooks/${s.yearbookId}/nodes`, { body: { parentId: s.sectionId, kind: 'entry', title: 'x', position: 'first' } }, 400, /^position: /],
    ['POST', `/api/yearbooks/${s.yearbookId}/nodes`, { body: { parentId: '../../etc', kind: 'entry', title: 'x' } }, 400, /^parentId: /],
    ['PATCH', `/api/nodes/${s.entryId}`, { body: { title: '' } }, 400, /^title: /],
    ['PATCH', `/api/nodes/${s.entryId}`, { body: { parentId: 42 } }, 400, /^parentId: /],
    ['PATCH', `/api/nodes/${'x'.repeat(5000)}`, { body: { title: 'y' } }, 404],
    ['GET', `/api/entries/${encodeURIComponent('a/b?c')}`, {}, 404],
    ['GET', `/api/yearbooks/${s.yearbookId}/events?since=-3`, {}, 400, /^since: /],
    ['GET', '/api/nope', {}, 404],
    ['POST', '/api/session', { raw: JSON.stringify({ username: 'a', password: 'b'.repeat(2 * 1024 * 1024) }) }, 413],
    // A whole text may be checked: 1.2 M characters (3.6 MB) pass the body limit and reach validation.
    ['POST', '/api/check', { body: { text: '年'.repeat(1_200_000), recordYear: 'x' } }, 400, /^recordYear: /],
    ['POST', '/api/check', { body: { text: '年'.repeat(2_000_001), recordYear: 2023 } }, 400, /^text: /],
  ];

  it('answers every malformed request with a 4xx error body, never a 500', async () => {
    for (const [method, path, opts, status, message] of cases()) {
      const res = await t.request(method, path, { cookie: s.cookies.admin, ...opts });
      const text = await res.text();
      expect(`${method} ${path.slice(0, 60)} → ${res.status}`).toBe(`${method} ${path.slice(0, 60)} → ${status}`);
      const body = JSON.parse(text) as { error: { code: string; message: string } };
      expect(body.error.code).toEqual(expect.any(String));
      expect(body.error.message).toEqual(expect.any(String));
      if (message) expect(body.error.message).toMatch(message);
      expect(text).not.toMatch(/at .*\.ts:\d+/); // no stack traces
    }
  });

  it('writes nothing when a request is refused', async () => {
    const before = await t.storage.nodes.listByYearbook(s.yearbookId);
    await t.request('POST', `/api/yearbooks/${s.yearbookId}/nodes`, { cookie: s.cookies.admin, body: { parentId: s.categoryId, kind: 'entry', title: '放错位置' } });
    await t.request('PATCH', `/api/nodes/${s.sectionId}`, { cookie: s.cookies.admin, body: { parentId: s.entryId, title: '改名不应生效' } });
    expect(await t.storage.nodes.listByYearbook(s.yearbookId)).toEqual(before);
  });
});

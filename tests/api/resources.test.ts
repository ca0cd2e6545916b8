// Happy paths of the resource routes: health, users, yearbooks (with myRole), members (with the
// 'membership-changed' event) and an entry's committed text over REST.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { EntryContent, Member, User, Yearbook } from '@shared/domain/types';
import { entryDocName } from '@shared/protocol';
import { createTestApp, json, seedYearbook, TEST_PASSWORD, type SeededYearbook, type TestApp } from '../helpers/factories';

let t: TestApp;
let s: SeededYearbook;
beforeEach(async () => {
  t = await createTestApp();
  s = await seedYearbook(t);
});
afterEach(async () => t.close());

describe('resources', () => {
  it('GET /api/health', async () => {
    expect(await json(await t.request('GET', '/api/health'), 200)).toEqual({ ok: true });
  });

  it('an unknown /api path is 404, signed in or not', async () => {
    expect((await t.request('GET', '/api/no-such-thing')).status).toBe(404);
    expect((await t.request('GET', '/api/no-such-thing', { cookie: s.cookies.admin })).status).toBe(404);
  });

  it('admin creates and lists users; the new user can sign in; duplicate names are refused', async () => {
    const created = await json<User>(
      await t.request('POST', '/api/users', { cookie: s.cookies.admin, body: { username: 'Chen.Xi', password: TEST_PASSWORD, displayName: '陈曦' } }),
      201,
    );
    expect(created).toMatchObject({ id: expect.any(String), username: 'chen.xi', displayName: '陈曦', isAdmin: false });
    expect(created).not.toHaveProperty('passwordHash');
    const dup = await json<{ error: { code: string } }>(
      await t.request('POST', '/api/users', { cookie: s.cookies.admin, body: { username: 'chen.xi', password: TEST_PASSWORD, displayName: '又一个' } }),
      409,
    );
    expect(dup.error.code).toBe('username_taken');
    const { users } = await json<{ users: User[] }>(await t.request('GET', '/api/users', { cookie: s.cookies.admin }), 200);
    expect(users.map((u) => u.username)).toContain('chen.xi');
    expect(JSON.stringify(users)).not.toContain('scrypt');
    await t.signIn('chen.xi');
    const second = await json<User>(
      await t.request('POST', '/api/users', { cookie: s.cookies.admin, body: { username: 'boss', password: TEST_PASSWORD, displayName: '另一位管理员', isAdmin: true } }),
      201,
    );
    expect(second.isAdmin).toBe(true);
  });

  it('lists member yearbooks with myRole; an admin sees all', async () => {
    const other = await json<Yearbook>(
      await t.request('POST', '/api/yearbooks', { cookie: s.cookies.admin, body: { title: '青白江年鉴', recordYear: 2024, placeName: '青白江区', level: 'county' } }),
      201,
    );
    expect(other).toMatchObject({ title: '青白江年鉴', recordYear: 2024, level: 'county', myRole: null });
    const mine = await json<{ yearbooks: Yearbook[] }>(await t.request('GET', '/api/yearbooks', { cookie: s.cookies.reviewer }), 200);
    expect(mine.yearbooks.map((y) => [y.id, y.myRole])).toEqual([[s.yearbookId, 'reviewer']]);
    const all = await json<{ yearbooks: Yearbook[] }>(await t.request('GET', '/api/yearbooks', { cookie: s.cookies.admin }), 200);
    expect(all.yearbooks.map((y) => y.id)).toEqual([other.id, s.yearbookId]); // newest record year first
    const none = await json<{ yearbooks: Yearbook[] }>(await t.request('GET', '/api/yearbooks', { cookie: s.cookies['non-member'] }), 200);
    expect(none.yearbooks).toEqual([]);
    // The default level is city.
    const city = await json<Yearbook>(
      await t.request('POST', '/api/yearbooks', { cookie: s.cookies.admin, body: { title: '某市年鉴', recordYear: 2023, placeName: '某市' } }),
      201,
    );
    expect(city.level).toBe('city');
  });

  it('members: list, change a role, add, remove — each announced', async () => {
    const changes: Array<{ userId: string; role: string | null }> = [];
    t.events.on('membership-changed', (p) => changes.push({ userId: p.userId, role: p.role }));
    const { members } = await json<{ members: Member[] }>(await t.request('GET', `/api/yearbooks/${s.yearbookId}/members`, { cookie: s.cookies.inspector }), 200);
    expect(members.map((m) => m.role)).toEqual(['chief-editor', 'editor', 'contributor', 'reviewer', 'inspector']);
    const chief = s.cookies['chief-editor'];
    const changed = await json<Member>(
      await t.request('PUT', `/api/yearbooks/${s.yearbookId}/members/${s.userIds.reviewer}`, { cookie: chief, body: { role: 'editor' } }),
      200,
    );
    expect(changed).toMatchObject({ userId: s.userIds.reviewer, role: 'editor' });
    await json(await t.request('PUT', `/api/yearbooks/${s.yearbookId}/members/${s.userIds['non-member']}`, { cookie: chief, body: { role: 'contributor' } }), 200);
    expect((await t.request('GET', `/api/yearbooks/${s.yearbookId}/outline`, { cookie: s.cookies['non-member'] })).status).toBe(200);
    expect((await t.request('DELETE', `/api/yearbooks/${s.yearbookId}/members/${s.userIds['non-member']}`, { cookie: chief })).status).toBe(204);
    expect((await t.request('GET', `/api/yearbooks/${s.yearbookId}/outline`, { cookie: s.cookies['non-member'] })).status).toBe(403);
    expect((await t.request('DELETE', `/api/yearbooks/${s.yearbookId}/members/${s.userIds['non-member']}`, { cookie: chief })).status).toBe(404);
    expect(changes).toEqual([
      { userId: s.userIds.reviewer, role: 'editor' },
      { userId: s.userIds['non-member'], role: 'contributor' },
      { userId: s.userIds['non-member'], role: null },
    ]);
    expect(await t.services.access.authorizeEntry(s.userIds.reviewer, s.entryId)).toBe('write');
  });

  it('GET /api/entries/:id returns the committed text, its length by code point', async () => {
    const empty = await json<EntryContent>(await t.request('GET', `/api/entries/${s.entryId}`, { cookie: s.cookies.reviewer }), 200);
    expect(empty).toEqual({ id: s.entryId, yearbookId: s.yearbookId, title: '地铁建设', plannedLength: null, text: '', length: 0 });
    const doc = new Y.Doc();
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('2023年，𠀀号线开通。')]);
    doc.getXmlFragment('default').insert(0, [paragraph]);
    await t.persistence.commit(entryDocName(s.entryId), Y.encodeStateAsUpdate(doc));
    const entry = await json<EntryContent>(await t.request('GET', `/api/entries/${s.entryId}`, { cookie: s.cookies.reviewer }), 200);
    expect(entry.text).toBe('2023年，𠀀号线开通。');
    expect(entry.length).toBe([...'2023年，𠀀号线开通。'].length);
    // Nodes that are not entries are not entries.
    await json(await t.request('GET', `/api/entries/${s.sectionId}`, { cookie: s.cookies.admin }), 404);
  });

  it('the first start creates one admin account, only on an empty database', async () => {
    const fresh = await createTestApp();
    try {
      const first = await fresh.services.users.ensureAdmin();
      expect(first.created).toBe(true);
      expect(first.generatedPassword).toMatch(/^[A-Za-z0-9_-]{16}$/);
      const cookie = await fresh.signIn('admin', first.generatedPassword!);
      const me = await json<{ user: User }>(await fresh.request('GET', '/api/session', { cookie }), 200);
      expect(me.user).toMatchObject({ username: 'admin', isAdmin: true });
      expect(await fresh.services.users.ensureAdmin('another-password')).toEqual({ created: false, generatedPassword: null });
    } finally {
      await fresh.close();
    }
  });
});

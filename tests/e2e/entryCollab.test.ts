// Two people in one entry, in two browser contexts against the real server: each sees the other's
// Chinese text and caret, a reload shows what was stored, and a reviewer can only read.
import type { EntryContent } from '@shared/domain/types';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumPresent, E2E_TIMEOUT, editorText, focusParagraphEnd, openEntry, openTwoEditors, screenshot, signedInContext, useEntryEnvironment, waitUntil, watchPage } from './entryHarness';

describe.skipIf(!chromiumPresent)('entry editor: two users', () => {
  const env = useEntryEnvironment();
  const logs: string[][] = [];
  afterAll(() => {
    // No uncaught exception on any page of this suite.
    expect(logs.flat().filter((line) => line.includes('pageerror'))).toEqual([]);
  });

  it('each sees the other typing Chinese, with carets and names', async () => {
    const { ctxA, ctxB, a, b } = await openTwoEditors(env);
    logs.push(watchPage(a, 'A'), watchPage(b, 'B'));

    await focusParagraphEnd(a);
    await a.keyboard.insertText('青白江区位于成都市东北部。');
    await waitUntil(async () => (await editorText(b)).includes('青白江区位于成都市东北部。'), 'B sees A');

    await focusParagraphEnd(b);
    await b.keyboard.insertText('面积378.94平方千米。');
    const expected = '青白江区位于成都市东北部。面积378.94平方千米。';
    await waitUntil(async () => (await editorText(a)) === expected, 'A sees B');
    expect(await editorText(b)).toBe(expected);

    // Carets: each page shows the other's caret labelled with the server-given name.
    await a.locator('.collaboration-carets__label', { hasText: '编辑乙' }).waitFor({ timeout: 10_000 });
    await b.locator('.collaboration-carets__label', { hasText: '编辑甲' }).waitFor({ timeout: 10_000 });
    await waitUntil(async () => (await a.locator('[data-testid="present-user"]').count()) === 2, 'two avatars on A');
    await waitUntil(async () => (await a.locator('[data-testid="length-count"]').textContent()) === `字数 ${[...expected].length}`, 'live length');
    await screenshot(a, 'collab-a');
    await screenshot(b, 'collab-b');

    // What the server stored: REST reads committed state.
    await waitUntil(async () => {
      const res = await env.server.api<EntryContent>('GET', `/api/entries/${env.fx.entryId}`, { cookie: env.fx.users.editorA.cookie });
      return res.body.text === expected;
    }, 'REST text');

    // A reload of a fresh context (no offline copy) shows the stored text.
    const ctxC = await signedInContext(env.browser, env.server.origin, env.fx.users.editorA.cookie);
    const c = await openEntry(ctxC, env.server.origin, env.fx.entryId);
    await waitUntil(async () => (await editorText(c)) === expected, 'fresh page shows stored text');
    await b.reload();
    await b.locator('[data-testid="entry-editor"]').waitFor();
    await waitUntil(async () => (await editorText(b)) === expected, 'reloaded page shows stored text');
    await Promise.all([ctxA.close(), ctxB.close(), ctxC.close()]);
  }, E2E_TIMEOUT);

  it('a reviewer sees live text read-only and cannot type', async () => {
    const ctxW = await signedInContext(env.browser, env.server.origin, env.fx.users.editorA.cookie);
    const ctxR = await signedInContext(env.browser, env.server.origin, env.fx.users.reviewer.cookie);
    const w = await openEntry(ctxW, env.server.origin, env.fx.entryId);
    const r = await openEntry(ctxR, env.server.origin, env.fx.entryId);
    logs.push(watchPage(r, 'R'));
    await r.locator('[data-testid="read-only-tag"]').waitFor();
    expect(await r.locator('[data-testid="entry-editor"]').getAttribute('contenteditable')).toBe('false');
    expect(await r.locator('[data-testid="tool-bold"]').isDisabled()).toBe(true);

    const before = await editorText(r);
    await r.locator('[data-testid="entry-editor"] p').first().click();
    await r.keyboard.insertText('审稿人不应能写入');
    await r.keyboard.press('Enter');

    await focusParagraphEnd(w);
    await w.keyboard.insertText('编辑继续写。');
    await waitUntil(async () => (await editorText(r)).endsWith('编辑继续写。'), 'reviewer sees live text');
    expect(await editorText(r)).toBe(before + '编辑继续写。');
    await r.locator('.collaboration-carets__label', { hasText: '编辑甲' }).waitFor({ timeout: 10_000 });
    await screenshot(r, 'reviewer-read-only');
    expect(await editorText(w)).not.toContain('审稿人');
    await Promise.all([ctxW.close(), ctxR.close()]);
  }, E2E_TIMEOUT);

  // Last: it takes editor A's write right away.
  it('edits refused after a downgrade to reviewer are shown with their text to copy', async () => {
    const ctxA = await signedInContext(env.browser, env.server.origin, env.fx.users.editorA.cookie);
    const a = await openEntry(ctxA, env.server.origin, env.fx.entryId);
    logs.push(watchPage(a, 'A'));
    await focusParagraphEnd(a);
    await a.keyboard.insertText('降级前写的。');
    const stored = await editorText(a);
    await waitUntil(async () => {
      const res = await env.server.api<EntryContent>('GET', `/api/entries/${env.fx.entryId}`, { cookie: env.fx.users.editorA.cookie });
      return res.body.text === stored;
    }, 'stored before the downgrade');

    const res = await env.server.api('PUT', `/api/yearbooks/${env.fx.yearbookId}/members/${env.fx.users.editorA.id}`, {
      cookie: env.fx.adminCookie,
      body: { role: 'reviewer' },
    });
    expect(res.status).toBeLessThan(300);
    await a.waitForTimeout(500);
    await a.keyboard.insertText('降级后被拒绝的字');

    const alert = a.locator('[data-testid="refusal-alert"]');
    await alert.waitFor({ timeout: 15_000 });
    await waitUntil(async () => (await a.locator('[data-testid="unsent-text"]').textContent()) === '降级后被拒绝的字', 'unsent text narrowed');
    await a.locator('[data-testid="read-only-tag"]').waitFor();
    await a.locator('[data-testid="copy-unsent"]').click();
    await waitUntil(async () => (await a.evaluate(() => navigator.clipboard.readText())) === '降级后被拒绝的字', 'copied to the clipboard');
    await screenshot(a, 'refused-after-downgrade');
    const after = await env.server.api<EntryContent>('GET', `/api/entries/${env.fx.entryId}`, { cookie: env.fx.users.editorA.cookie });
    expect(after.body.text).toBe(stored);
    await ctxA.close();
  }, E2E_TIMEOUT);
});

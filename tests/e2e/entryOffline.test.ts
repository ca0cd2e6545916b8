// A real loss of connection: the server process is killed, two people keep writing, one closes
// the tab; the server comes back on the same data, the other reconnects, the first opens the entry
// again from the browser's offline copy, and every edit meets on both pages and on the server;
// signing out then clears the offline copy.
import type { EntryContent } from '@shared/domain/types';
import { describe, expect, it } from 'vitest';
import {
  E2E_TIMEOUT, editorText, focusParagraphEnd, chromiumPresent, openEntry, screenshot, signedInContext,
  waitForStatus, waitUntil,
  useEntryEnvironment,
} from './entryHarness';

describe.skipIf(!chromiumPresent)('entry editor: offline and back', () => {
  const env = useEntryEnvironment();

  const restText = async () =>
    (await env.server.api<EntryContent>('GET', `/api/entries/${env.fx.entryId}`, { cookie: env.fx.users.editorA.cookie })).body.text;

  it('edits made while the server is down meet after it returns', async () => {
    const ctxA = await signedInContext(env.browser, env.server.origin, env.fx.users.editorA.cookie);
    const ctxB = await signedInContext(env.browser, env.server.origin, env.fx.users.editorB.cookie);
    let a = await openEntry(ctxA, env.server.origin, env.fx.entryId);
    const b = await openEntry(ctxB, env.server.origin, env.fx.entryId);

    await focusParagraphEnd(a);
    await a.keyboard.insertText('甲在线。');
    await waitUntil(async () => (await restText()) === '甲在线。', 'stored before the loss');
    await waitUntil(async () => (await editorText(b)) === '甲在线。', 'B sees A');

    await env.server.kill9();
    await Promise.all([waitForStatus(a, 'offline'), waitForStatus(b, 'offline')]);

    await focusParagraphEnd(a);
    await a.keyboard.insertText('甲离线。');
    await focusParagraphEnd(b);
    await b.keyboard.press('Enter');
    await b.keyboard.insertText('乙离线。');
    expect(await editorText(a)).toBe('甲在线。甲离线。');
    expect(await editorText(b)).toBe('甲在线。\n乙离线。');
    await screenshot(b, 'offline-b');

    // A's offline copy is written to IndexedDB as it types; let the last write land, then close.
    await a.waitForTimeout(500);
    await a.close();

    await env.server.restart();
    await waitForStatus(b, 'connected', 30_000);
    await waitUntil(async () => (await restText()) === '甲在线。\n乙离线。', "B's offline edit stored");

    a = await openEntry(ctxA, env.server.origin, env.fx.entryId);
    const expected = '甲在线。甲离线。\n乙离线。';
    await waitUntil(async () => (await editorText(a)) === expected, 'A has everything');
    await waitUntil(async () => (await editorText(b)) === expected, 'B has everything');
    await waitUntil(async () => (await restText()) === expected, 'server has everything');
    await screenshot(a, 'offline-merged-a');

    // Signing out takes this user's offline copies with it.
    const prefix = `nianjian:${env.fx.users.editorA.id}:`;
    const copies = () => a.evaluate(async (p) => (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith(p)), prefix);
    expect(await copies()).toEqual([`${prefix}entry/${env.fx.entryId}`]);
    await a.locator('[data-testid="sign-out"]').click();
    await a.waitForURL(/\/signin/);
    await waitUntil(async () => (await copies()).length === 0, 'offline copy cleared at sign-out');
    await Promise.all([ctxA.close(), ctxB.close()]);
  }, E2E_TIMEOUT * 2);
});

// Opening an entry cold (a shared link, a fresh browser): index.html's start-up script asks for the
// session, the entry and the yearbooks and preloads the entry's code; the app uses those answers
// instead of asking again and opens one collaborative connection, which the page takes over.
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { E2E_TIMEOUT, chromiumPresent, editorText, signedInContext, useEntryEnvironment, waitForStatus, watchPage } from './entryHarness';

describe.skipIf(!chromiumPresent)('entry editor: cold start', () => {
  const env = useEntryEnvironment();

  it('asks the API once per resource and connects once', async () => {
    const ctx = await signedInContext(env.browser, env.server.origin, env.fx.users.editorA.cookie);
    const page = await ctx.newPage();
    const log = watchPage(page, 'A');
    const requests: string[] = [];
    page.on('request', (r: Request) => requests.push(new URL(r.url()).pathname));
    const sockets: string[] = [];
    page.on('websocket', (ws) => sockets.push(new URL(ws.url()).pathname));

    await page.goto(`${env.server.origin}/entries/${env.fx.entryId}`);
    await page.locator('[data-testid="entry-editor"][contenteditable="true"]').waitFor();
    await waitForStatus(page, 'connected');
    await page.keyboard.press('End');
    await page.locator('[data-testid="entry-editor"] p').first().click();
    await page.keyboard.insertText('冷启动');
    await expect.poll(() => editorText(page)).toContain('冷启动');

    const count = (path: string) => requests.filter((p) => p === path).length;
    expect(count('/api/session')).toBe(1);
    expect(count(`/api/entries/${env.fx.entryId}`)).toBe(1);
    expect(count('/api/yearbooks')).toBe(1);
    // The entry's code came through the start-up script's preload, once.
    expect(requests.filter((p) => /^\/assets\/EntryPage-.*\.js$/.test(p))).toHaveLength(1);
    expect(sockets).toEqual([`/collab/entry/${env.fx.entryId}`]);
    expect(log).toEqual([]);
    await ctx.close();
  }, E2E_TIMEOUT);

  it('sends a signed-out visitor to sign in, with the entry as the way back', async () => {
    const ctx = await env.browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${env.server.origin}/entries/${env.fx.entryId}`);
    await page.waitForURL(/\/signin\?next=/);
    expect(new URL(page.url()).searchParams.get('next')).toBe(`/entries/${env.fx.entryId}`);
    await ctx.close();
  }, E2E_TIMEOUT);
});

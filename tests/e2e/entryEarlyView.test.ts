// Opening an entry cold shows its editor before React and antd have loaded (the early view); the
// React page then takes that same editor over, with what was typed and the caret where it was.
// The app's chunk is held back at the network, so that the early view stays as long as the test
// needs it.
import type { BrowserContext, Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { E2E_TIMEOUT, chromiumPresent, editorText, placeCaret, signedInContext, useEntryEnvironment, waitForStatus, watchPage } from './entryHarness';

const EARLY_EDITOR = '[data-testid="early-entry"] [data-testid="entry-editor"]';

/** Opens the entry with the app's chunk held; `release()` lets it load. */
async function openWithAppHeld(ctx: BrowserContext, url: string): Promise<{ page: Page; release: () => Promise<void> }> {
  const page = await ctx.newPage();
  const held: Route[] = [];
  let releasing = false;
  await page.route(/\/assets\/appRoot-[^/]+\.js$/, (route) => (releasing ? route.continue() : void held.push(route)));
  await page.goto(url, { waitUntil: 'commit' });
  const release = async () => {
    releasing = true;
    await Promise.all(held.map((r) => r.continue()));
  };
  return { page, release };
}

describe.skipIf(!chromiumPresent)('entry editor: the early view', () => {
  const env = useEntryEnvironment();

  it('takes input before the app has loaded, and the app keeps the same editor, text and caret', async () => {
    const ctx = await signedInContext(env.browser, env.server.origin, env.fx.users.editorA.cookie);
    const { page, release } = await openWithAppHeld(ctx, `${env.server.origin}/entries/${env.fx.entryId}`);
    const log = watchPage(page, 'A');

    await page.locator(`${EARLY_EDITOR}[contenteditable="true"]`).waitFor();
    await expect.poll(() => page.locator('[data-testid="early-entry"]').textContent()).toContain('年鉴编纂平台');
    // Nothing of React's yet: the root still holds index.html's placeholder (hidden).
    expect(await page.locator('#root .boot-loading').isHidden()).toBe(true);
    await placeCaret(page, page.locator(`${EARLY_EDITOR} p`).first(), { end: true });
    await page.keyboard.insertText('早到');
    await page.evaluate(() => {
      (window as unknown as { earlyDom: Element | null }).earlyDom = document.querySelector('[data-testid="entry-editor"]');
    });

    await release();
    await waitForStatus(page, 'connected');
    expect(await page.locator('[data-testid="early-entry"]').count()).toBe(0);
    expect(await page.locator('[data-testid="entry-editor"]').count()).toBe(1);
    const same = await page.evaluate(() => {
      const dom = document.querySelector('[data-testid="entry-editor"]');
      return dom === (window as unknown as { earlyDom: Element | null }).earlyDom && document.activeElement === dom;
    });
    expect(same).toBe(true);
    // The caret stayed after what was typed: typing goes on without a click.
    await page.keyboard.insertText('再写');
    await expect.poll(() => editorText(page)).toContain('早到再写');
    expect(log).toEqual([]);

    // The text reached the server: a second user sees it.
    const other = await signedInContext(env.browser, env.server.origin, env.fx.users.editorB.cookie);
    const b = await other.newPage();
    await b.goto(`${env.server.origin}/entries/${env.fx.entryId}`);
    await waitForStatus(b, 'connected');
    await expect.poll(() => editorText(b)).toContain('早到再写');
    await other.close();
    await ctx.close();
  }, E2E_TIMEOUT);

  it('is read-only for a reviewer, before and after the app has loaded', async () => {
    const ctx = await signedInContext(env.browser, env.server.origin, env.fx.users.reviewer.cookie);
    const { page, release } = await openWithAppHeld(ctx, `${env.server.origin}/entries/${env.fx.entryId}`);
    await page.locator(`${EARLY_EDITOR}[contenteditable="false"]`).waitFor();
    await release();
    await waitForStatus(page, 'connected');
    await expect.poll(() => page.locator('[data-testid="entry-editor"]').getAttribute('contenteditable')).toBe('false');
    expect(await page.locator('[data-testid="early-entry"]').count()).toBe(0);
    await ctx.close();
  }, E2E_TIMEOUT);
});

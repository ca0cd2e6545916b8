// What the entry editor's browser tests share on top of tests/helpers/browser.ts: a page signed in
// with a session cookie and showing an entry, reading the editor (without remote caret labels),
// and waiting. dist/client is built once per run by tests/e2e/globalSetup.ts.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createServerFixture, type ServerFixture } from '../collab/serverFixture';
import { hasChromium, launchBrowser, newContext } from '../helpers/browser';
import { type SpawnedServer, startServer } from '../helpers/startServer';

export { screenshot } from '../helpers/browser';

/** True when Chromium is installed (the suites skip with a notice otherwise, fail under CI). */
export const chromiumPresent = hasChromium('entry editor');

/** Time one browser test may take (the machine is shared with other suites). */
export const E2E_TIMEOUT = 120_000;

/** Launches headless Chromium with the flags of stack-notes.md. */
export const launchChromium = launchBrowser;

/** The real server, its seeded yearbook and a browser, shared by the tests of one describe block. */
export interface EntryEnvironment {
  server: SpawnedServer;
  fx: ServerFixture;
  browser: Browser;
}

/**
 * Registers the describe block's setup and teardown: starts the real server, seeds the fixture,
 * launches Chromium; closes both afterwards. The fields are filled once `beforeAll` has run.
 */
export function useEntryEnvironment(): EntryEnvironment {
  const env = {} as EntryEnvironment;
  beforeAll(async () => {
    env.server = await startServer();
    env.fx = await createServerFixture(env.server);
    env.browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
}

/** A browser context signed in with a `name=value` session cookie of `origin`. */
export async function signedInContext(browser: Browser, origin: string, cookie: string): Promise<BrowserContext> {
  const context = await newContext(browser, origin);
  const [name, ...rest] = cookie.split('=');
  await context.addCookies([{ name, value: rest.join('='), url: origin }]);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  return context;
}

/** Collects page errors and console errors, for failure messages. */
export function watchPage(page: Page, label: string): string[] {
  const log: string[] = [];
  page.on('pageerror', (e) => log.push(`[${label}] pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') log.push(`[${label}] ${m.type()}: ${m.text()}`);
  });
  return log;
}

/** Opens the entry page and waits for the editor (and, unless told otherwise, the connection). */
export async function openEntry(context: BrowserContext, origin: string, entryId: string, opts: { connected?: boolean } = {}): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/entries/${entryId}`);
  await page.locator('[data-testid="entry-editor"]').waitFor({ timeout: 20_000 });
  if (opts.connected !== false) await waitForStatus(page, 'connected');
  return page;
}

/** The fixture's two editors, each in a browser context of its own, on the fixture's entry. */
export async function openTwoEditors(env: EntryEnvironment): Promise<{ ctxA: BrowserContext; ctxB: BrowserContext; a: Page; b: Page }> {
  const ctxA = await signedInContext(env.browser, env.server.origin, env.fx.users.editorA.cookie);
  const ctxB = await signedInContext(env.browser, env.server.origin, env.fx.users.editorB.cookie);
  const a = await openEntry(ctxA, env.server.origin, env.fx.entryId);
  const b = await openEntry(ctxB, env.server.origin, env.fx.entryId);
  return { ctxA, ctxB, a, b };
}

/** Waits until the connection indicator shows `status`. */
export async function waitForStatus(page: Page, status: 'connected' | 'connecting' | 'offline', timeout = 20_000): Promise<void> {
  await page.locator(`[data-testid="connection-status"][data-status="${status}"]`).waitFor({ timeout });
}

/** The editor's text: its textblocks joined by '\n' (as the shared text model joins them). */
export function editorText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-testid="entry-editor"]')!;
    const blocks = root.querySelectorAll('p, .table-caption, .table-unit, .table-note');
    // Remote carets are widgets inside the text (their labels carry names): leave them out.
    return Array.from(blocks, (b) => {
      const copy = b.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.collaboration-carets__caret').forEach((c) => c.remove());
      return copy.textContent ?? '';
    }).join('\n');
  });
}

/** Polls `check` until it returns true (or throws with `what` after the timeout). */
export async function waitUntil(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Clicks into `target` (an element inside the editor) and makes sure the caret is there, at its
 * end when `end`, repeating the click (at most three times) until it holds. A remote change at the
 * moment of a click used to put the caret back where it was; that is fixed and has its own test
 * (entryClickWhileTyping.test.ts). The table test still lost a keystroke now and then (5 of 24 runs)
 * while only the page's selection was checked; with the editor's own checked too, none in 10.
 */
export async function placeCaret(page: Page, target: Locator, { end = false } = {}): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await target.click();
    if (end) await page.keyboard.press('End');
    // The page's selection and the editor's own: ProseMirror reads a caret moved by a key (End)
    // from the page a moment later, and a key pressed before that acts where the caret was.
    const inside = await page
      .waitForFunction(
        (el) => {
          const node = window.getSelection()?.focusNode ?? null;
          const dom = el.closest('[data-testid="entry-editor"]') as (HTMLElement & { editor?: { view: { state: { selection: { head: number } }; domAtPos(pos: number): { node: Node } } } }) | null;
          const view = dom?.editor?.view;
          return !!node && el.contains(node) && !!view && el.contains(view.domAtPos(view.state.selection.head).node);
        },
        await target.elementHandle(),
        { timeout: 1000, polling: 50 },
      )
      .then(
        () => true,
        () => false,
      );
    if (inside || attempt === 3) return;
  }
}

/** Puts the caret at the end of the `index`-th paragraph of the editor (see placeCaret). */
export async function focusParagraphEnd(page: Page, index = 0): Promise<void> {
  await placeCaret(page, page.locator('[data-testid="entry-editor"] p').nth(index), { end: true });
}

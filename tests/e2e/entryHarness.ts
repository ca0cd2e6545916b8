// What the entry editor's browser tests share: a current client build in dist/client (the real
// server serves it), Chromium via playwright-core, a page signed in with a session cookie and
// showing an entry, reading the editor, and screenshots to tests/e2e/screenshots/ (gitignored).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

const ROOT = join(import.meta.dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = join(import.meta.dirname, 'screenshots');

/** True when Chromium is installed (the suites skip with a notice otherwise, fail under CI). */
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  if (process.env.CI === 'true') throw new Error(`Chromium is missing at ${CHROMIUM}`);
  console.warn(`[e2e] Chromium not found at ${CHROMIUM}: entry editor browser tests skipped`);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.endsWith('.test.ts')) continue;
    const path = join(dir, name);
    const st = statSync(path);
    newest = Math.max(newest, st.isDirectory() ? newestMtime(path) : st.mtimeMs);
  }
  return newest;
}

/** Builds the client into dist/client when a source is newer than the build (one build at a time). */
export function ensureClientBuilt(): void {
  const index = join(ROOT, 'dist', 'client', 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  if (built > Math.max(newestMtime(join(ROOT, 'client')), newestMtime(join(ROOT, 'shared')))) return;
  // flock serializes with the other suites building at the same time; the re-check inside is vite's.
  execFileSync('flock', ['/tmp/nianjian-vite-build.lock', 'npx', 'vite', 'build', '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

/** Time one browser test may take. */
export const E2E_TIMEOUT = 120_000;

/** Launches headless Chromium with the flags of stack-notes.md. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A browser context signed in with a `name=value` session cookie of `origin`. */
export async function signedInContext(browser: Browser, origin: string, cookie: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 }, locale: 'zh-CN' });
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

/** Clicks at the end of the `index`-th paragraph of the editor. */
export async function focusParagraphEnd(page: Page, index = 0): Promise<void> {
  await page.locator('[data-testid="entry-editor"] p').nth(index).click();
  await page.keyboard.press('End');
}

/** Saves a full-page screenshot as tests/e2e/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

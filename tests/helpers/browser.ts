// Real Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core
// (which never downloads a browser), fresh contexts, a sign-in helper and screenshots.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Where Debian installs Chromium (`apt-get install chromium fonts-noto-cjk`). */
export const CHROMIUM_PATH = process.env.NIANJIAN_CHROMIUM ?? '/usr/bin/chromium';

/** Screenshots of the e2e suites (gitignored). */
export const SCREENSHOT_DIR = join(import.meta.dirname, '..', 'e2e', 'screenshots');

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * True when Chromium is installed. When it is not, prints why the suite is skipped; under
 * CI=true a missing browser is an error instead (the suite must not pass by skipping).
 */
export function hasChromium(suite: string): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI === 'true') throw new Error(`${suite}: Chromium is missing at ${CHROMIUM_PATH} (CI=true requires it)`);
  console.warn(`[skip] ${suite}: no Chromium at ${CHROMIUM_PATH}; install with apt-get install chromium fonts-noto-cjk`);
  return false;
}

/** Launches headless Chromium with the flags that start it in under a second here. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: FLAGS });
}

/** A fresh context (own cookies and storage) on the server's origin, in Chinese. */
export async function newContext(browser: Browser, origin: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: origin,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 860 },
  });
  // Generous: the suites share two cores with the server and the other suites.
  context.setDefaultTimeout(30_000);
  return context;
}

/**
 * Collects the page's console errors and uncaught exceptions (asserted empty by suites). The
 * browser's own "401 (Unauthorized)" line is left out: the session probe of a signed-out page
 * answers 401 by design.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/status of 401/.test(msg.text())) errors.push(`console: ${msg.text()}`);
  });
  return errors;
}

/** Fills the sign-in form and submits it (the page must show the sign-in form). */
export async function submitSignIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** Opens the sign-in page, signs in and waits until the app shows the user's yearbooks. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/signin');
  await submitSignIn(page, username, password);
  await page.getByRole('button', { name: '退出登录' }).waitFor();
}

/** Saves a full-page screenshot as tests/e2e/screenshots/<name>.png; returns the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

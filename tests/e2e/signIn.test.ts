// Browser: signing in with a wrong then the right password, coming back to the page asked for,
// and signing out.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, hasChromium, launchBrowser, newContext, screenshot, submitSignIn } from '../helpers/browser';
import { ADMIN_PASSWORD, type SpawnedServer, startServer } from '../helpers/startServer';

describe.skipIf(!hasChromium('e2e sign-in'))('sign-in in the browser', { timeout: 120_000 }, () => {
  let server: SpawnedServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('says a wrong password is wrong, then signs in and returns to the page asked for', async () => {
    const context = await newContext(browser, server.origin);
    const page = await context.newPage();
    const errors = collectPageErrors(page);

    await page.goto('/yearbooks');
    await page.waitForURL(/\/signin\?next=/);
    await submitSignIn(page, 'admin', 'not-the-password');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toMatch(/用户名或密码/);
    await screenshot(page, 'signin-wrong-password');

    await submitSignIn(page, 'admin', ADMIN_PASSWORD);
    await page.getByRole('heading', { name: '年鉴', exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByText('管理员').first().waitFor();
    await screenshot(page, 'signin-yearbooks');

    // A reload keeps the session (cookie), sign-out ends it.
    await page.reload();
    await page.getByRole('heading', { name: '年鉴', exact: true }).waitFor();
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(/\/signin/);
    await page.goto('/yearbooks');
    await page.getByRole('button', { name: '登录' }).waitFor();
    expect(page.url()).toMatch(/\/signin\?next=%2Fyearbooks/);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a Chinese message when the server cannot be reached', async () => {
    const context = await newContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto('/signin');
    await page.getByLabel('用户名').waitFor();
    await context.setOffline(true);
    await submitSignIn(page, 'admin', ADMIN_PASSWORD);
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 30_000 }).toMatch(/无法连接服务器/);
    await screenshot(page, 'signin-offline');
    await context.close();
  });
});

// Browser: deleting an outline node asks first, moves it to the recycle bin (回收站), and it
// comes back from there; errors of the server are shown in Chinese.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, hasChromium, launchBrowser, newContext, screenshot, signIn } from '../helpers/browser';
import { ADMIN_PASSWORD, type SpawnedServer, startServer } from '../helpers/startServer';
import { adminCookie, seedNode, seedYearbook } from './seed';

const row = (page: Page, title: string) => page.locator('.ant-tree-treenode', { has: page.locator('.outline-node-title', { hasText: new RegExp(`^${title}$`) }) });

describe.skipIf(!hasChromium('e2e recycle bin'))('recycle bin in the browser', { timeout: 180_000 }, () => {
  let server: SpawnedServer;
  let browser: Browser;
  let yearbookId: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const cookie = await adminCookie(server);
    yearbookId = (await seedYearbook(server, cookie, '金堂年鉴（2024）')).id;
    const category = await seedNode(server, cookie, yearbookId, null, 'category', '社会');
    const section = await seedNode(server, cookie, yearbookId, category.id, 'section', '教育');
    await seedNode(server, cookie, yearbookId, section.id, 'entry', '基础教育', 1000);
    await seedNode(server, cookie, yearbookId, section.id, 'entry', '职业教育', 700);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('deletes after confirmation, lists the bin and restores', async () => {
    const ctx = await newContext(browser, server.origin);
    const page = await ctx.newPage();
    const errors = collectPageErrors(page);
    await signIn(page, 'admin', ADMIN_PASSWORD);
    await page.goto(`/yearbooks/${yearbookId}/outline`);
    await row(page, '职业教育').waitFor();

    // Cancel first: nothing happens.
    await row(page, '职业教育').hover();
    await page.getByRole('button', { name: '删除“职业教育”' }).click();
    const confirm = page.getByRole('dialog');
    await confirm.getByText('移入回收站').waitFor();
    await screenshot(page, 'trash-confirm');
    await confirm.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => row(page, '职业教育').count()).toBe(1);

    // Delete the whole section.
    await row(page, '教育').hover();
    await page.getByRole('button', { name: '删除“教育”' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '删除', exact: true }).click();
    await expect.poll(() => row(page, '基础教育').count(), { timeout: 30_000 }).toBe(0);
    await page.getByText('已将“教育”移入回收站').waitFor();

    // The bin lists the section (with its two entries) and restores it.
    await page.getByRole('button', { name: '回收站' }).click();
    const drawer = page.locator('.ant-drawer');
    const item = drawer.locator('.trash-item', { hasText: '教育' });
    await item.waitFor();
    expect(await item.textContent()).toMatch(/含 2 个条目/);
    await screenshot(page, 'trash-drawer');
    await drawer.getByRole('button', { name: '恢复' }).click();
    await page.getByText('已恢复“教育”').waitFor();
    await drawer.getByText('回收站是空的').waitFor();
    await drawer.getByRole('button', { name: 'Close' }).or(drawer.locator('.ant-drawer-close')).first().click();
    await row(page, '基础教育').waitFor();
    await row(page, '职业教育').waitFor();
    await screenshot(page, 'trash-restored');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('shows the server refusing a structure in Chinese', async () => {
    const ctx = await newContext(browser, server.origin);
    const page = await ctx.newPage();
    await signIn(page, 'admin', ADMIN_PASSWORD);
    await page.goto(`/yearbooks/${yearbookId}/outline`);
    await row(page, '基础教育').waitFor();
    // An entry dragged to the top level (before the category) is refused by the server.
    await row(page, '基础教育').locator('.outline-node-title').dragTo(row(page, '社会'), { targetPosition: { x: 40, y: 2 } });
    const notice = page.locator('.ant-message-notice', { hasText: '移动失败' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/[\u4e00-\u9fff]{4,}/);
    await screenshot(page, 'outline-move-refused');
    await row(page, '基础教育').waitFor();
    await ctx.close();
  });
});

// Browser: the outline (篇目) edited in one browser appears live in another (server-sent events),
// without the second one reloading the outline; a reorder by drag and drop reaches the server.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutlineResponse } from '@shared/domain/types';
import { collectPageErrors, hasChromium, launchBrowser, newContext, screenshot, signIn } from '../helpers/browser';
import { ADMIN_PASSWORD, type SpawnedServer, startServer } from '../helpers/startServer';
import { adminCookie, SEED_PASSWORD, seedMember, seedNode, seedUser, seedYearbook } from './seed';

/** The row of a node in the outline tree. */
const row = (page: Page, title: string) => page.locator('.ant-tree-treenode', { has: page.locator('.outline-node-title', { hasText: new RegExp(`^${title}$`) }) });

describe.skipIf(!hasChromium('e2e live outline'))('live outline in two browsers', { timeout: 180_000 }, () => {
  let server: SpawnedServer;
  let browser: Browser;
  let yearbookId: string;
  let cookie: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    cookie = await adminCookie(server);
    const yb = await seedYearbook(server, cookie, '青白江年鉴（2024）');
    yearbookId = yb.id;
    const editor = await seedUser(server, cookie, 'lina', '李娜');
    await seedMember(server, cookie, yearbookId, editor.id, 'editor');
    const category = await seedNode(server, cookie, yearbookId, null, 'category', '经济');
    const section = await seedNode(server, cookie, yearbookId, category.id, 'section', '工业');
    await seedNode(server, cookie, yearbookId, section.id, 'entry', '工业概况', 800);
    await seedNode(server, cookie, yearbookId, section.id, 'entry', '重点企业', 1200);
  }, 120_000);
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await server?.stop();
  });

  it('shows an entry added in the first browser in the second, live', async () => {
    const adminCtx = await newContext(browser, server.origin);
    const editorCtx = await newContext(browser, server.origin);
    contexts.push(adminCtx, editorCtx);
    const a = await adminCtx.newPage();
    const b = await editorCtx.newPage();
    const errorsA = collectPageErrors(a);
    const errorsB = collectPageErrors(b);
    let outlineLoadsB = 0;
    b.on('request', (r) => {
      if (/\/api\/yearbooks\/[^/]+\/outline$/.test(r.url())) outlineLoadsB++;
    });

    await signIn(a, 'admin', ADMIN_PASSWORD);
    await signIn(b, 'lina', SEED_PASSWORD);
    await Promise.all([a.goto(`/yearbooks/${yearbookId}/outline`), b.goto(`/yearbooks/${yearbookId}/outline`)]);
    for (const p of [a, b]) {
      await row(p, '工业概况').waitFor();
      await p.getByText('实时同步中').waitFor();
    }
    expect(await row(b, '工业概况').textContent()).toMatch(/已写 0 \/ 计划 800 字/);

    // A adds an entry under 工业 through the row's button and the form.
    await row(a, '工业').hover();
    await a.getByRole('button', { name: '在“工业”下添加条目' }).click();
    const dialog = a.getByRole('dialog');
    await dialog.getByLabel('条目标题').fill('新材料产业');
    await dialog.getByLabel('计划字数').fill('600');
    await dialog.getByRole('button', { name: '添加', exact: true }).click();
    await row(a, '新材料产业').waitFor();
    await expect.poll(() => a.getByRole('dialog').count()).toBe(0);

    // B sees it without reloading.
    await row(b, '新材料产业').waitFor();
    expect(await row(b, '新材料产业').textContent()).toMatch(/计划 600 字/);
    await screenshot(a, 'outline-live-a');
    await screenshot(b, 'outline-live-b');

    // A renames a section; B sees the new title.
    await row(a, '工业').hover();
    await a.getByRole('button', { name: '编辑“工业”' }).click();
    await a.getByRole('dialog').getByLabel('分目标题').fill('工业和信息化');
    await a.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    // The edit dialog must be gone before the next one opens, or the next click can land on it.
    await expect.poll(() => a.getByRole('dialog').count()).toBe(0);
    await row(b, '工业和信息化').waitFor();

    // A deletes an entry; it leaves B's tree too.
    await row(a, '重点企业').hover();
    await a.getByRole('button', { name: '删除“重点企业”' }).click();
    // The confirmation, not some other dialog; its answer is checked apart from the tree, so that a
    // failure says whether the request was never sent, refused, or sent but not shown.
    const confirmation = a.getByRole('dialog').filter({ hasText: '删除条目“重点企业”？' });
    const deleted = a.waitForResponse((r) => r.request().method() === 'DELETE', { timeout: 30_000 });
    await confirmation.getByRole('button', { name: '删除', exact: true }).click();
    expect({ status: (await deleted).status(), errorsA }).toEqual({ status: 204, errorsA: [] });
    await expect.poll(() => row(a, '重点企业').count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => row(b, '重点企业').count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => b.getByTestId('outline-stats').textContent()).toMatch(/2 个条目/);

    expect(outlineLoadsB).toBe(1);
    expect(errorsA).toEqual([]);
    expect(errorsB).toEqual([]);
  });

  it('moves an entry by drag and drop, and the server keeps the order', async () => {
    const ctx = await newContext(browser, server.origin);
    contexts.push(ctx);
    const page = await ctx.newPage();
    await signIn(page, 'admin', ADMIN_PASSWORD);
    await page.goto(`/yearbooks/${yearbookId}/outline`);
    await row(page, '新材料产业').waitFor();
    const titles = () => page.locator('.outline-node-entry .outline-node-title').allTextContents();
    expect(await titles()).toEqual(['工业概况', '新材料产业']);

    // Drop 新材料产业 onto the upper part of 工业概况 = before it.
    const target = await row(page, '工业概况').boundingBox();
    await row(page, '新材料产业').locator('.outline-node-title').dragTo(row(page, '工业概况'), {
      targetPosition: { x: 80, y: Math.max(2, Math.floor((target?.height ?? 24) * 0.15)) },
    });
    await expect.poll(titles, { timeout: 30_000 }).toEqual(['新材料产业', '工业概况']);

    const res = await server.api<OutlineResponse>('GET', `/api/yearbooks/${yearbookId}/outline`, { cookie });
    const entries = res.body.nodes[0].children[0].children.map((n) => n.title);
    expect(entries).toEqual(['新材料产业', '工业概况']);
    await screenshot(page, 'outline-after-drag');

    // Clicking an entry opens it in the editor route.
    await row(page, '工业概况').locator('.outline-node-title').click();
    await page.waitForURL(/\/entries\/[A-Za-z0-9_-]+$/);
  });
});

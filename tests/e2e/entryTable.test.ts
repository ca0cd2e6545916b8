// Table figures under collaboration: one user inserts a table, then both edit its structure at
// the same moment (each offline from the other: one adds a row, the other a column). After the
// delayed updates meet, the table is rectangular, grew by exactly one row and one column, and
// both pages and the server agree.
import type { EntryContent } from '@shared/domain/types';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumPresent, E2E_TIMEOUT, editorText, focusParagraphEnd, openTwoEditors, placeCaret, screenshot, useEntryEnvironment, waitUntil } from './entryHarness';

/** Cells per row of every table on the page. */
function tableShape(page: Page): Promise<number[][]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-testid="entry-editor"] table'), (t) => Array.from(t.querySelectorAll('tr'), (r) => r.children.length)),
  );
}

describe.skipIf(!chromiumPresent)('entry editor: tables', () => {
  const env = useEntryEnvironment();

  it('a row and a column added at once leave one sound table', async () => {
    const { ctxA, ctxB, a, b } = await openTwoEditors(env);

    await focusParagraphEnd(a);
    await a.keyboard.insertText('全区主要指标见下表。');
    await a.locator('[data-testid="tool-insert-table"]').click();
    await a.keyboard.insertText('主要经济指标');
    await waitUntil(async () => JSON.stringify(await tableShape(b)) === '[[3,3,3]]', 'B sees the 3×3 table');
    // Caption, unit, nine empty cells, source note, and the empty paragraph left below the figure.
    const inserted = '全区主要指标见下表。\n表1　主要经济指标\n单位：\n\n\n\n\n\n\n\n\n\n资料来源：\n';
    await waitUntil(async () => (await editorText(b)) === inserted, 'B sees the caption text');

    const cell = (page: Page, row: number, col: number) => page.locator('[data-testid="entry-editor"] tr').nth(row).locator('td, th').nth(col);
    await placeCaret(a, cell(a, 1, 0));
    await a.keyboard.insertText('地区生产总值');
    await waitUntil(async () => (await editorText(b)).includes('地区生产总值'), 'B sees the cell text');

    // Both go offline (the sockets pause, updates queue up), edit the structure, come back.
    await Promise.all([ctxA.setOffline(true), ctxB.setOffline(true)]);
    await placeCaret(a, cell(a, 2, 1));
    await a.locator('[data-testid="tool-add-row"]').click();
    await placeCaret(b, cell(b, 1, 1));
    await b.locator('[data-testid="tool-add-column"]').click();
    expect(await tableShape(a)).toEqual([[3, 3, 3, 3]]);
    expect(await tableShape(b)).toEqual([[4, 4, 4]]);
    await Promise.all([ctxA.setOffline(false), ctxB.setOffline(false)]);

    await waitUntil(async () => JSON.stringify(await tableShape(a)) === '[[4,4,4,4]]', 'A: 4×4');
    await waitUntil(async () => JSON.stringify(await tableShape(b)) === '[[4,4,4,4]]', 'B: 4×4');
    // Stable: no further growth once repaired.
    await a.waitForTimeout(1500);
    expect(await tableShape(a)).toEqual([[4, 4, 4, 4]]);
    expect(await tableShape(b)).toEqual([[4, 4, 4, 4]]);
    const text = await editorText(a);
    expect(await editorText(b)).toBe(text);
    await waitUntil(async () => {
      const res = await env.server.api<EntryContent>('GET', `/api/entries/${env.fx.entryId}`, { cookie: env.fx.users.editorA.cookie });
      return res.body.text === text;
    }, 'server has the same table');
    await screenshot(a, 'table-after-concurrent-row-and-column');

    // Typing into a cell of the new row still works after the repair.
    await placeCaret(b, cell(b, 3, 3));
    await b.keyboard.insertText('6.2%');
    await waitUntil(async () => (await editorText(a)).includes('6.2%'), 'A sees the new cell text');
    expect(await tableShape(a)).toEqual([[4, 4, 4, 4]]);

    // A table pasted from Word arrives as a bare <table>: it becomes a second table figure.
    await focusParagraphEnd(a, 0);
    await a.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/html', '<table><caption>表2　人口</caption><tr><td><p>户籍人口</p></td><td><p>41.2万</p></td></tr></table>');
      data.setData('text/plain', '户籍人口\t41.2万');
      const target = document.querySelector('[data-testid="entry-editor"]')!;
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await waitUntil(async () => (await tableShape(b)).length === 2, 'B sees the pasted table');
    expect(await editorText(b)).toContain('表2　人口\n户籍人口\n41.2万');
    await screenshot(b, 'table-pasted');

    // Enter at the end of the last note adds a note line; Enter on that empty line leaves the figure.
    await placeCaret(a, a.locator('[data-testid="entry-editor"] .table-note').last(), { end: true });
    await a.keyboard.press('Enter');
    await a.keyboard.press('Enter');
    await a.keyboard.insertText('表后文字。');
    await waitUntil(async () => (await editorText(b)).endsWith('资料来源：\n表后文字。'), 'a paragraph after the table');
    await Promise.all([ctxA.close(), ctxB.close()]);
  }, E2E_TIMEOUT);
});

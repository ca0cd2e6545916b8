// A Chinese IME composition (driven through the DevTools protocol, as a pinyin IME would) stays
// alive while another user types in the same paragraph, and commits exactly once.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumPresent, E2E_TIMEOUT, editorText, focusParagraphEnd, openTwoEditors, screenshot, useEntryEnvironment, waitUntil } from './entryHarness';

/** ProseMirror's own view of the composition (Tiptap puts the editor on its DOM node). */
function isComposing(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const dom = document.querySelector('[data-testid="entry-editor"]') as HTMLElement & { editor?: { view: { composing: boolean } } };
    return !!dom.editor?.view.composing;
  });
}

describe.skipIf(!chromiumPresent)('entry editor: pinyin composition', () => {
  const env = useEntryEnvironment();

  it("survives the other user's typing in the same paragraph", async () => {
    const { ctxA, ctxB, a, b } = await openTwoEditors(env);
    await focusParagraphEnd(a);
    await a.keyboard.insertText('本区');
    await waitUntil(async () => (await editorText(b)) === '本区', 'B sees A');

    const cdp = await a.context().newCDPSession(a);
    const compose = (text: string) => cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    await compose('n');
    await compose('nian');
    expect(await isComposing(a)).toBe(true);

    // B types at the start of the same paragraph while A's composition is open.
    await b.locator('[data-testid="entry-editor"] p').first().click();
    await b.keyboard.press('Home');
    await b.keyboard.insertText('乙先写。');
    await waitUntil(async () => (await editorText(a)).startsWith('乙先写。'), 'A sees B during the composition');
    expect(await isComposing(a)).toBe(true);
    await screenshot(a, 'ime-composing');

    await compose('nianjian');
    expect(await isComposing(a)).toBe(true);
    await b.keyboard.insertText('又写。');
    await waitUntil(async () => (await editorText(a)).startsWith('乙先写。又写。'), 'A sees B again');
    await cdp.send('Input.insertText', { text: '年鉴' });
    await waitUntil(async () => !(await isComposing(a)), 'composition ended');

    const expected = '乙先写。又写。本区年鉴';
    await waitUntil(async () => (await editorText(a)) === expected, 'A has the committed text once');
    await waitUntil(async () => (await editorText(b)) === expected, 'B has it too');
    await screenshot(b, 'ime-committed-b');
    await Promise.all([ctxA.close(), ctxB.close()]);
  }, E2E_TIMEOUT);
});

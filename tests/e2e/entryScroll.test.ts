// The caret stays in view while typing runs past the bottom of the window (the editor scrolls the
// window itself, client/editor/scrollCaretIntoWindow.ts), and every keystroke lands where the
// caret is (paragraphs rendered with content-visibility: auto once broke this: text typed into a
// new paragraph below the window ended up at the start of a later one).
import { describe, expect, it } from 'vitest';
import { E2E_TIMEOUT, chromiumPresent, editorText, openEntry, signedInContext, useEntryEnvironment } from './entryHarness';

describe.skipIf(!chromiumPresent)('entry editor: scrolling', () => {
  const env = useEntryEnvironment();

  it('keeps the caret in the window while typing new paragraphs at the end', async () => {
    const ctx = await signedInContext(env.browser, env.server.origin, env.fx.users.editorA.cookie);
    const page = await openEntry(ctx, env.server.origin, env.fx.entryId);
    await page.locator('[data-testid="entry-editor"] p').first().click();
    for (let i = 1; i <= 40; i++) {
      await page.keyboard.insertText(`第${i}段：全区规模以上工业增加值增长6.0%。`);
      await page.keyboard.press('Enter');
    }
    await page.keyboard.insertText('末段');
    const caret = await page.evaluate(() => {
      const range = window.getSelection()!.getRangeAt(0);
      const rect = range.getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom, innerHeight: window.innerHeight, scrollY: window.scrollY };
    });
    expect(caret.scrollY).toBeGreaterThan(0);
    expect(caret.top).toBeGreaterThanOrEqual(0);
    expect(caret.bottom).toBeLessThanOrEqual(caret.innerHeight);
    const text = await editorText(page);
    expect(text).toContain('第1段：全区规模以上工业增加值增长6.0%。');
    expect(text.slice(-30)).toMatch(/第40段：全区规模以上工业增加值增长6.0%。\n末段$/);
    await ctx.close();
  }, E2E_TIMEOUT);
});

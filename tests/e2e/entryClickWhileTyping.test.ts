// A click into the text while another user is typing puts the caret where it was clicked, every
// time. The browser moves the page's selection at the click, but ProseMirror reads it only on the
// selectionchange event, a task later; a remote change (or a redraw of the others' carets) in
// between used to make y-tiptap put back the selection from before the click: about half the
// clicks were lost (client/editor/entryEditorSetup.ts, readPendingInput).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumPresent, E2E_TIMEOUT, focusParagraphEnd, openTwoEditors, useEntryEnvironment } from './entryHarness';

const PARAGRAPHS = 12;
const CLICKS = 40;

type EditorDom = HTMLElement & {
  editor: {
    commands: { setContent(content: unknown): boolean };
    state: { selection: { from: number; $from: { depth: number; index(depth: number): number } } };
  };
};

/** Replaces the entry's text with `paragraphs` (one local transaction of `page`'s editor). */
function fillParagraphs(page: Page, paragraphs: string[]): Promise<void> {
  return page.evaluate((paras) => {
    const dom = document.querySelector('[data-testid="entry-editor"]') as EditorDom;
    dom.editor.commands.setContent(paras.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })));
  }, paragraphs);
}

/**
 * True once the editor's selection is in paragraph `index`. A kept click shows there as soon as
 * ProseMirror has read it (within 3 s on a busy machine); a lost one never does (the old caret was
 * written back into the page).
 */
function caretReaches(page: Page, index: number): Promise<boolean> {
  return page
    .waitForFunction(
      (n) => {
        const { $from } = (document.querySelector('[data-testid="entry-editor"]') as EditorDom).editor.state.selection;
        return $from.depth >= 1 && $from.index(0) === n;
      },
      index,
      { timeout: 3000 },
    )
    .then(
      () => true,
      () => false,
    );
}

/** Where the editor's caret is (paragraph/position), for the failure message. */
function caretAt(page: Page): Promise<string> {
  return page.evaluate(() => {
    const { selection } = (document.querySelector('[data-testid="entry-editor"]') as EditorDom).editor.state;
    return `paragraph ${selection.$from.index(0)}, position ${selection.from}`;
  });
}

describe.skipIf(!chromiumPresent)('entry editor: clicking while another user types', () => {
  const env = useEntryEnvironment();

  it('keeps every click', async () => {
    const { ctxA, ctxB, a, b } = await openTwoEditors(env);
    await fillParagraphs(a, Array.from({ length: PARAGRAPHS }, (_, i) => `第${i + 1}段，供点击的文字。`.repeat(3)));
    await expect.poll(() => b.locator('[data-testid="entry-editor"] p').count()).toBe(PARAGRAPHS);

    // B types and deletes at the end of the last paragraph for as long as A clicks: a stream of
    // remote changes and caret moves that leaves A's layout where it is (clicks land as aimed).
    await focusParagraphEnd(b, PARAGRAPHS - 1);
    let typing = true;
    const typist = (async () => {
      while (typing) {
        await b.keyboard.insertText('字');
        await b.keyboard.press('Backspace');
      }
    })();

    const lost: string[] = [];
    try {
      for (let i = 0; i < CLICKS; i++) {
        const index = i % (PARAGRAPHS - 1);
        await a.locator('[data-testid="entry-editor"] p').nth(index).click({ position: { x: 40, y: 8 } });
        if (!(await caretReaches(a, index))) lost.push(`click ${i} on paragraph ${index}: caret at ${await caretAt(a)}`);
      }
    } finally {
      typing = false;
      await typist;
    }
    expect(lost).toEqual([]);
    await ctxA.close();
    await ctxB.close();
  }, E2E_TIMEOUT);
});

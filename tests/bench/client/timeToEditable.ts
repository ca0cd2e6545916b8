// Navigation-to-editable: from page.goto() in a fresh browser context (no HTTP cache, no offline
// copy) until the editor is contenteditable and holds the document's synced text.
import type { BrowserContext, Page } from 'playwright-core';

/** The document's text as the editor on `page` holds it, textblocks joined by '\n'. */
export function editorDocText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const dom = document.querySelector('[data-testid="entry-editor"]') as HTMLElement & {
      editor: { state: { doc: { content: { size: number }; textBetween(from: number, to: number, sep: string): string } } };
    };
    const { doc } = dom.editor.state;
    return doc.textBetween(0, doc.content.size, '\n');
  });
}

/**
 * Milliseconds from navigating a new page of `context` to `url` until its editor is editable and
 * shows `text` (checked every animation frame). The page is closed afterwards.
 */
export async function timeToEditable(context: BrowserContext, url: string, text: string): Promise<number> {
  const page = await context.newPage();
  try {
    const started = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      (expected) => {
        const dom = document.querySelector('[data-testid="entry-editor"]') as
          | (HTMLElement & { editor?: { state: { doc: { content: { size: number }; textBetween(from: number, to: number, sep: string): string } } } })
          | null;
        if (dom?.getAttribute('contenteditable') !== 'true' || !dom.editor) return false;
        const { doc } = dom.editor.state;
        return doc.content.size > expected.length && doc.textBetween(0, doc.content.size, '\n') === expected;
      },
      text,
      { polling: 'raf', timeout: 30_000 },
    );
    return Math.round(performance.now() - started);
  } finally {
    await page.close();
  }
}

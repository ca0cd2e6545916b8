// Pasted tables (from Word, WPS or a web page) arrive as a bare <table>, which the entry schema only
// accepts inside a table figure: wrap each one in a figure whose caption is the table's own
// <caption> (or "表　" to fill in), so it stays a table instead of falling apart into paragraphs.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/** Wraps every top-level <table> of pasted HTML in the markup of a tableFigure. */
export function wrapBareTables(html: string): string {
  if (!/<table[\s>]/i.test(html)) return html;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const table of Array.from(doc.querySelectorAll('table'))) {
    if (table.closest('figure[data-type="tableFigure"]') || table.parentElement?.closest('table')) continue;
    const figure = doc.createElement('figure');
    figure.setAttribute('data-type', 'tableFigure');
    const caption = doc.createElement('div');
    caption.setAttribute('data-type', 'tableCaption');
    const own = table.querySelector(':scope > caption');
    caption.textContent = own?.textContent?.trim() || '表　';
    own?.remove();
    table.replaceWith(figure);
    figure.append(caption, table);
  }
  return doc.body.innerHTML;
}

/** Applies wrapBareTables to everything pasted into the editor. */
export const PasteTables = Extension.create({
  name: 'pasteTables',
  addProseMirrorPlugins() {
    return [new Plugin({ key: new PluginKey('pasteTables'), props: { transformPastedHTML: wrapBareTables } })];
  },
});

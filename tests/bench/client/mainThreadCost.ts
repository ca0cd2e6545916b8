// Main-thread cost of typing in one pair of editors (a typist and a receiver in two browser
// contexts): Chrome DevTools Performance.getMetrics deltas over a run of keystrokes, per keystroke.
// Headless keystroke-to-frame times snap to 16.7 ms frames (stack-notes.md), these do not.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { waitUntil } from '../../e2e/entryHarness';

/** The Performance.getMetrics counters compared (seconds of main-thread time, cumulative). */
export const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'] as const;

/** Milliseconds per keystroke, by metric. */
export type Costs = Record<(typeof METRICS)[number], number>;

/** Two open pages of one editor on the same document, with a DevTools session on each. */
export interface EditorPair {
  typist: Page;
  receiver: Page;
  typistCdp: CDPSession;
  receiverCdp: CDPSession;
}

/** The typed characters: ordinary yearbook prose, one code point per keystroke. */
const CHARS = [...'年鉴记载本行政区域自然社会政治经济文化等方面情况'];

async function sample(cdp: CDPSession): Promise<Costs> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return Object.fromEntries(METRICS.map((m) => [m, metrics.find((x) => x.name === m)?.value ?? 0])) as Costs;
}

function perKey(before: Costs, after: Costs, keystrokes: number): Costs {
  return Object.fromEntries(METRICS.map((m) => [m, Math.round(((after[m] - before[m]) * 1000 * 100) / keystrokes) / 100])) as Costs;
}

/** Length of the document's text as the editor on `page` holds it (cheap: no DOM walk). */
export function docTextLength(page: Page): Promise<number> {
  return page.evaluate(() => {
    const dom = document.querySelector('[data-testid="entry-editor"]') as (HTMLElement & { editor?: { state: { doc: { textContent: string } } } }) | null;
    return dom?.editor?.state.doc.textContent.length ?? -1;
  });
}

/** Replaces the document with `paragraphs` through the editor of `page` (one local transaction). */
export async function fillDocument(page: Page, paragraphs: string[]): Promise<void> {
  await page.evaluate((paras) => {
    const dom = document.querySelector('[data-testid="entry-editor"]') as HTMLElement & { editor?: { commands: { setContent(c: unknown): boolean } } };
    dom.editor!.commands.setContent(paras.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })));
  }, paragraphs);
}

/** Attaches DevTools sessions with the Performance domain on to both pages. */
export async function withDevTools(typist: Page, receiver: Page): Promise<EditorPair> {
  const cdp = (page: Page) => (page.context() as BrowserContext).newCDPSession(page);
  const [typistCdp, receiverCdp] = await Promise.all([cdp(typist), cdp(receiver)]);
  await Promise.all([typistCdp.send('Performance.enable'), receiverCdp.send('Performance.enable')]);
  return { typist, receiver, typistCdp, receiverCdp };
}

/** One measured run: per-keystroke costs of typist and receiver, and the wall time it took. */
export interface TypingRun {
  typist: Costs;
  receiver: Costs;
  wallMs: number;
}

/**
 * Types `keystrokes` characters at the typist's caret (each keystroke awaited, as a person types
 * one after another) and waits until the receiver has them all.
 */
export async function measureTyping(pair: EditorPair, keystrokes: number): Promise<TypingRun> {
  const expected = (await docTextLength(pair.receiver)) + keystrokes;
  const [t0, r0] = await Promise.all([sample(pair.typistCdp), sample(pair.receiverCdp)]);
  const started = Date.now();
  for (let i = 0; i < keystrokes; i++) await pair.typistCdp.send('Input.insertText', { text: CHARS[i % CHARS.length] });
  await waitUntil(async () => (await docTextLength(pair.receiver)) === expected, 'the receiver has every keystroke', 60_000);
  const wallMs = Date.now() - started;
  const [t1, r1] = await Promise.all([sample(pair.typistCdp), sample(pair.receiverCdp)]);
  return { typist: perKey(t0, t1, keystrokes), receiver: perKey(r0, r1, keystrokes), wallMs };
}

/** The median of each metric over runs. */
export function medianCosts(runs: Costs[]): Costs {
  return Object.fromEntries(METRICS.map((m) => [m, median(runs.map((r) => r[m]))])) as Costs;
}

/** The median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return Math.round(value * 100) / 100;
}

// Main-thread cost of typing in one pair of editors (a typist and a receiver in two browser
// contexts): Chrome DevTools Performance.getMetrics deltas over a run of keystrokes, per keystroke.
// Headless keystroke-to-frame times snap to 16.7 ms frames (stack-notes.md), these do not. Each
// page gets two sessions: one counts durations in wall time (Chrome's default), one in the main
// thread's CPU time (`threadTicks`), which other processes on a busy 2-core machine do not inflate.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { waitUntil } from '../../e2e/entryHarness';

/** The Performance.getMetrics counters compared (seconds of main-thread time, cumulative). */
export const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'] as const;

/** Milliseconds per keystroke, by metric. */
export type Costs = Record<(typeof METRICS)[number], number>;

/** The two clocks durations are counted in. */
export type Clock = 'wall' | 'cpu';

/** DevTools sessions on one page, one per clock. */
type Sessions = Record<Clock, CDPSession>;

/** Two open pages of one editor on the same document, with DevTools sessions on each. */
export interface EditorPair {
  typist: Page;
  receiver: Page;
  typistCdp: Sessions;
  receiverCdp: Sessions;
}

/** The typed characters: ordinary yearbook prose, one code point per keystroke. */
const CHARS = [...'年鉴记载本行政区域自然社会政治经济文化等方面情况'];

async function sampleOne(cdp: CDPSession): Promise<Costs> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return Object.fromEntries(METRICS.map((m) => [m, metrics.find((x) => x.name === m)?.value ?? 0])) as Costs;
}

async function sample(sessions: Sessions): Promise<Record<Clock, Costs>> {
  const [wall, cpu] = await Promise.all([sampleOne(sessions.wall), sampleOne(sessions.cpu)]);
  return { wall, cpu };
}

function perKey(before: Record<Clock, Costs>, after: Record<Clock, Costs>, keystrokes: number): Record<Clock, Costs> {
  const one = (b: Costs, a: Costs) =>
    Object.fromEntries(METRICS.map((m) => [m, Math.round(((a[m] - b[m]) * 1000 * 100) / keystrokes) / 100])) as Costs;
  return { wall: one(before.wall, after.wall), cpu: one(before.cpu, after.cpu) };
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

async function sessions(page: Page): Promise<Sessions> {
  const context = page.context() as BrowserContext;
  const [wall, cpu] = await Promise.all([context.newCDPSession(page), context.newCDPSession(page)]);
  await Promise.all([wall.send('Performance.enable', { timeDomain: 'timeTicks' }), cpu.send('Performance.enable', { timeDomain: 'threadTicks' })]);
  return { wall, cpu };
}

/** Attaches DevTools sessions with the Performance domain on, one per clock, to both pages. */
export async function withDevTools(typist: Page, receiver: Page): Promise<EditorPair> {
  const [typistCdp, receiverCdp] = await Promise.all([sessions(typist), sessions(receiver)]);
  return { typist, receiver, typistCdp, receiverCdp };
}

/** One measured run: per-keystroke costs of typist and receiver by clock, and its wall time. */
export interface TypingRun {
  typist: Record<Clock, Costs>;
  receiver: Record<Clock, Costs>;
  wallMs: number;
}

/**
 * Types `keystrokes` characters at the typist's caret of every pair, in lockstep: keystroke i goes
 * to each pair in turn, so the editors compared meet the same machine at the same moments (with
 * rounds taken one editor after the other, ours ÷ bare spread by up to 0.3 between the rounds of
 * one run; in lockstep by 0.03–0.10). Each keystroke
 * is awaited, as a person types one after another; with `paceMs`, a pair's keystroke starts that
 * long after its previous one, the pairs' keystrokes spread evenly in between. Unpaced, keystrokes
 * follow each other as fast as the pages take them, and a page may then render only every few
 * keystrokes (the bare editor's page drew a frame about every 120 ms, ours every 20 ms); paced at
 * a person's speed, every keystroke is drawn. Waits until every receiver has them all.
 */
export async function measureTyping(pairs: EditorPair[], keystrokes: number, paceMs = 0): Promise<TypingRun[]> {
  const expected = await Promise.all(pairs.map(async (p) => (await docTextLength(p.receiver)) + keystrokes));
  const before = await Promise.all(pairs.map((p) => Promise.all([sample(p.typistCdp), sample(p.receiverCdp)])));
  const started = Date.now();
  const slot = paceMs / pairs.length;
  for (let i = 0; i < keystrokes; i++) {
    for (const pair of pairs) {
      const next = Date.now() + slot;
      await pair.typistCdp.wall.send('Input.insertText', { text: CHARS[i % CHARS.length] });
      if (slot > 0) await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
    }
  }
  await Promise.all(
    pairs.map((p, i) => waitUntil(async () => (await docTextLength(p.receiver)) === expected[i], 'the receiver has every keystroke', 60_000)),
  );
  const wallMs = Date.now() - started;
  const after = await Promise.all(pairs.map((p) => Promise.all([sample(p.typistCdp), sample(p.receiverCdp)])));
  return pairs.map((_, i) => ({
    typist: perKey(before[i][0], after[i][0], keystrokes),
    receiver: perKey(before[i][1], after[i][1], keystrokes),
    wallMs,
  }));
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

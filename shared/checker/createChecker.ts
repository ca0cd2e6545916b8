// The checker core: runs the rules over an entry's title and blocks, caches per block so a
// keystroke re-checks one block, applies silentIn/skipKinds, maps offsets and assigns stable ids.

import type {
  BlockKind, BlockRule, CheckBlock, CheckContext, CheckEntry, Checker, EntryRule, Finding, RawFinding, Rule, Severity, TitleRule,
} from './types';
import { findingId, findingKey } from './findingId';
import { isInsideSpan, protectedSpans, type ProtectedSpan } from './textSpans';

/** A finding of one block (offsets into the block), ready but for its entry offset and id. */
interface BlockFinding {
  rule: Rule;
  /** The rule's place in the registry (ties at one range are reported in registry order). */
  order: number;
  start: number;
  end: number;
  raw: RawFinding;
  key: string;
}

/** What the cache keeps per distinct (kind, text): block-rule findings and entry-rule summaries. */
interface BlockResult {
  findings: BlockFinding[];
  summaries: unknown[];
  /** Computed on first need: most blocks have no finding from a rule with `silentIn`. */
  spans: ProtectedSpan[] | null;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, suggestion: 2 };

function keepRaw(rule: Rule, raw: RawFinding, spans: () => readonly ProtectedSpan[]): boolean {
  return !rule.silentIn || rule.silentIn.length === 0 || !isInsideSpan(spans(), raw.start, rule.silentIn);
}

function spansOf(result: BlockResult, text: string): ProtectedSpan[] {
  return (result.spans ??= protectedSpans(text));
}

function toFinding(rule: Rule, raw: RawFinding, target: 'text' | 'title', start: number, end: number, text: string, id: string): Finding {
  const f: Finding = {
    id,
    ruleId: rule.id,
    severity: raw.severity ?? rule.severity,
    weightClass: rule.weightClass,
    target,
    start,
    end,
    text,
    message: raw.message,
    source: rule.source,
  };
  if (raw.fix) f.fix = raw.fix;
  return f;
}

/**
 * An incremental checker bound to `context` and a rule list (in registry order). Results per
 * block are cached by kind and text; after each check the cache keeps only the blocks of that
 * check, so memory follows the entry being edited. Findings are shared between answers: treat
 * them as read-only.
 */
export function createChecker(context: CheckContext, rules: readonly Rule[]): Checker {
  const blockRules = rules.filter((r): r is BlockRule => r.scope === 'block');
  const entryRules = rules.filter((r): r is EntryRule => r.scope === 'entry');
  const titleRules = rules.filter((r): r is TitleRule => r.scope === 'title');
  const ruleOrder = new Map<string, number>(rules.map((r, i) => [r.id, i]));
  const ignored = new Set<string>(context.ignored ?? []);
  let cache = new Map<BlockKind, Map<string, BlockResult>>();
  let last: { title: string; results: BlockResult[]; findings: Finding[] } | null = null;

  function analyzeBlock(block: CheckBlock): BlockResult {
    const { kind, text } = block;
    const findings: BlockFinding[] = [];
    const result: BlockResult = { findings, summaries: [], spans: null };
    const spans = () => spansOf(result, text);
    for (const rule of blockRules) {
      if (rule.skipKinds?.includes(kind)) continue;
      for (const raw of rule.check(text, kind, context)) {
        if (!keepRaw(rule, raw, spans)) continue;
        findings.push({ rule, order: ruleOrder.get(rule.id) ?? 0, start: raw.start, end: raw.end, raw, key: findingKey(rule.id, 'text', text, raw.start, raw.end) });
      }
    }
    // Sorted once here, so a re-check only concatenates blocks in order.
    findings.sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order || SEVERITY_ORDER[a.raw.severity ?? a.rule.severity] - SEVERITY_ORDER[b.raw.severity ?? b.rule.severity]);
    result.summaries = entryRules.map((rule) => (rule.skipKinds?.includes(kind) ? undefined : rule.summarize(text, kind, context)));
    return result;
  }

  function checkTitle(title: string, out: Placed[]): void {
    if (titleRules.length === 0 || title === '') return;
    let titleSpans: ProtectedSpan[] | null = null;
    const spans = () => (titleSpans ??= protectedSpans(title));
    for (const rule of titleRules) {
      for (const raw of rule.check(title, context)) {
        if (!keepRaw(rule, raw, spans)) continue;
        const key = findingKey(rule.id, 'title', title, raw.start, raw.end);
        out.push({ f: toFinding(rule, raw, 'title', raw.start, raw.end, title.slice(raw.start, raw.end), ''), key, order: ruleOrder.get(rule.id) ?? 0 });
      }
    }
    out.sort(comparePlaced);
  }

  function check(entry: CheckEntry): Finding[] {
    const next = new Map<BlockKind, Map<string, BlockResult>>();
    const results: BlockResult[] = [];
    const starts: number[] = [];
    let offset = 0;
    for (const block of entry.blocks) {
      let result = cache.get(block.kind)?.get(block.text);
      if (!result) result = analyzeBlock(block);
      let byText = next.get(block.kind);
      if (!byText) next.set(block.kind, (byText = new Map()));
      byText.set(block.text, result);
      results.push(result);
      starts.push(offset);
      offset += block.text.length + 1;
    }
    cache = next;
    // Nothing changed since the last check (a selection move, a remote no-op): same answer.
    if (last && last.title === entry.title && sameResults(last.results, results)) return last.findings.slice();
    const out: Placed[] = [];
    checkTitle(entry.title, out);

    for (let b = 0; b < results.length; b++) {
      const base = starts[b];
      const text = entry.blocks[b].text;
      for (const bf of results[b].findings) {
        out.push({ f: toFinding(bf.rule, bf.raw, 'text', base + bf.start, base + bf.end, text.slice(bf.start, bf.end), ''), key: bf.key, order: bf.order });
      }
    }

    const fromEntryRules: Placed[] = [];
    if (entryRules.length > 0) {
      let plain: string | null = null; // joined only when an entry rule reports a finding
      const plainText = () => (plain ??= entry.blocks.map((b) => b.text).join('\n'));
      entryRules.forEach((rule, r) => {
        const input: Array<{ summary: unknown; start: number; kind: BlockKind; length: number }> = [];
        for (let b = 0; b < results.length; b++) {
          if (rule.skipKinds?.includes(entry.blocks[b].kind)) continue;
          input.push({ summary: results[b].summaries[r], start: starts[b], kind: entry.blocks[b].kind, length: entry.blocks[b].text.length });
        }
        for (const raw of rule.checkEntry(input, context)) {
          const b = blockIndexAt(starts, raw.start);
          if (b >= 0 && rule.silentIn?.length && isInsideSpan(spansOf(results[b], entry.blocks[b].text), raw.start - starts[b], rule.silentIn)) continue;
          const blockText = b >= 0 ? entry.blocks[b].text : plainText();
          const base = b >= 0 ? starts[b] : 0;
          const key = findingKey(rule.id, 'text', blockText, raw.start - base, Math.min(raw.end - base, blockText.length));
          fromEntryRules.push({ f: toFinding(rule, raw, 'text', raw.start, raw.end, plainText().slice(raw.start, raw.end), ''), key, order: ruleOrder.get(rule.id) ?? 0 });
        }
      });
    }

    const placed = fromEntryRules.length ? mergeSorted(out, fromEntryRules.sort(comparePlaced)) : out;
    const seen = new Map<string, number>();
    const findings: Finding[] = [];
    for (const { f, key } of placed) {
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      f.id = findingId(key, n);
      if (!ignored.has(f.id)) findings.push(f);
    }
    last = { title: entry.title, results, findings };
    return findings.slice();
  }

  return { check };
}

function sameResults(a: readonly BlockResult[], b: readonly BlockResult[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A finding on its way out: the key its id is made from, and its rule's registry order. */
interface Placed {
  f: Finding;
  key: string;
  order: number;
}

/** Title before text, then by start, end, registry order, severity. */
function comparePlaced(a: Placed, b: Placed): number {
  return (
    (a.f.target === b.f.target ? 0 : a.f.target === 'title' ? -1 : 1) ||
    a.f.start - b.f.start ||
    a.f.end - b.f.end ||
    a.order - b.order ||
    SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity]
  );
}

/** Merges two arrays sorted by comparePlaced. */
function mergeSorted(a: Placed[], b: Placed[]): Placed[] {
  const out: Placed[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(comparePlaced(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/** Index of the block containing entry offset `offset` (blocks start at `starts`), -1 if none. */
function blockIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

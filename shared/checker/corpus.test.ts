// The whole checker over the annotated corpus (shared/corpus): every `expect` must be found, and
// no error or warning may fall where none is expected. Prints per-rule precision and recall.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from './index';
import { joinBrokenLines } from './paragraphJoin';
import type { CheckContext, Finding } from './types';

const CORPUS = join(import.meta.dirname, '../../../shared/corpus');

interface Expectation {
  rule: string;
  quote: string;
}

/**
 * The provincial review's expected findings (record year 2024), written for this test from the
 * corpus README: stray spaces, vague time, evaluation, plans, an abbreviation never spelled out.
 * A quote is matched at each of its occurrences in the joined text.
 */
const PROVINCIAL_EXPECT: Expectation[] = [
  ...['反馈 6年', '点对点向 21个', '尤其是 2019年', '2018年 9月', '2021年 1月', '2023年 12月', '其中有 2篇', '2023年 3月',
    '同年 12月', '首批 5部', '市级年鉴 4部', '县级年鉴 1部', '共有 19部', '2022年 10月', '经过 6年', '全省 91部', '综合年鉴 41部',
    '总数的 45%', '总数的 50%', '突破 50万', '2023年 11月', '11月 17日', '突破 10万', '超 10万', '11月 23日', '全市 1600余所',
    '超 100万', '超 20万', '吸引 22万', '播放突破 1亿'].map((quote) => ({ rule: 'stray-space', quote })),
  { rule: 'vague-time', quote: '近年来' },
  { rule: 'vague-time', quote: '近几年' },
  { rule: 'evaluative-language', quote: '高度重视' },
  { rule: 'evaluative-language', quote: '有目共睹' },
  { rule: 'evaluative-language', quote: '成效显著' },
  { rule: 'plan-not-fact', quote: '下一步' },
  { rule: 'plan-not-fact', quote: '将继续' },
  { rule: 'plan-not-fact', quote: '努力实现' },
  { rule: 'abbreviation-before-full-name', quote: '省地方志办' },
];

/** The glossary the provincial review is checked with: its abbreviation's full name. */
const PROVINCIAL_CONTEXT: CheckContext = {
  recordYear: 2024,
  glossary: { terms: [{ full: '四川省地方志工作办公室', abbreviations: ['省地方志办'], avoid: [] }] },
};

/** Per rule: expected, found, missed, false alarms (errors and warnings only). */
const stats = new Map<string, { expected: number; found: number; falseAlarms: number }>();
const falseAlarms: string[] = [];
const misses: string[] = [];
const knownFalseAlarms: string[] = [];

function stat(rule: string) {
  let s = stats.get(rule);
  if (!s) stats.set(rule, (s = { expected: 0, found: 0, falseAlarms: 0 }));
  return s;
}

/**
 * Known false alarms of rules still being tuned by their owner (checker rules): printed, not
 * asserted. Each names the rule and the flagged text.
 */
const KNOWN_FALSE_ALARMS: Array<{ rule: string; text: string; why: string }> = [];

/**
 * Matches findings against expected quotes: an expectation is met when a finding of its rule
 * overlaps one of the quote's occurrences (the corpus README); findings of that rule on any
 * occurrence are then not false alarms. Records the tallies.
 */
function score(label: string, text: string, findings: Finding[], expects: Expectation[]): void {
  const matched = new Set<Finding>();
  for (const e of expects) {
    if (text.indexOf(e.quote) < 0) throw new Error(`${label}: quote “${e.quote}” is not in the text`);
    const s = stat(e.rule);
    s.expected++;
    let found = false;
    for (let at = text.indexOf(e.quote); at >= 0; at = text.indexOf(e.quote, at + 1)) {
      for (const f of findings) {
        if (f.ruleId === e.rule && f.start < at + e.quote.length && f.end > at) {
          matched.add(f);
          found = true;
        }
      }
    }
    if (found) s.found++;
    else misses.push(`${label}: ${e.rule} “${e.quote}”`);
  }
  for (const f of findings) {
    if (matched.has(f) || f.severity === 'suggestion') continue;
    stat(f.ruleId).falseAlarms++;
    const line = `${label}: ${f.ruleId} (${f.severity}) “${f.text}” in …${text.slice(Math.max(0, f.start - 8), f.end + 8)}…`;
    if (KNOWN_FALSE_ALARMS.some((k) => k.rule === f.ruleId && k.text === f.text)) knownFalseAlarms.push(line);
    else falseAlarms.push(line);
  }
}

describe('corpus', () => {
  it('examples.jsonl: every expect found, no false alarm on clean lines', () => {
    const lines = readFileSync(join(CORPUS, 'examples.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
    for (const [i, line] of lines.entries()) {
      const ex = JSON.parse(line) as { text: string; year: number; expect: Expectation[] };
      const findings = check({ title: '', blocks: [{ kind: 'paragraph', text: ex.text }] }, { recordYear: ex.year });
      score(`examples:${i + 1}`, ex.text, findings, ex.expect);
    }
  });

  it('provincial-review-2024.txt: joined paragraphs, expected findings, no false alarm', () => {
    const raw = readFileSync(join(CORPUS, 'provincial-review-2024.txt'), 'utf8');
    const { paragraphs } = joinBrokenLines(raw);
    const blocks = paragraphs.map((p) => ({ kind: 'paragraph' as const, text: p.text }));
    const text = blocks.map((b) => b.text).join('\n');
    score('provincial', text, check({ title: '', blocks }, PROVINCIAL_CONTEXT), PROVINCIAL_EXPECT);
  });

  afterAll(() => {
    const rows = [...stats.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([rule, s]) => ({
        rule,
        expected: s.expected,
        found: s.found,
        falseAlarms: s.falseAlarms,
        recall: s.expected ? (s.found / s.expected).toFixed(2) : '—',
        precision: s.found + s.falseAlarms ? (s.found / (s.found + s.falseAlarms)).toFixed(2) : '—',
      }));
    console.log('\nChecker corpus: per-rule precision and recall');
    console.table(rows);
    if (misses.length) console.log(`Missed:\n  ${misses.join('\n  ')}`);
    if (falseAlarms.length) console.log(`False alarms:\n  ${falseAlarms.join('\n  ')}`);
    if (knownFalseAlarms.length) console.log(`Known false alarms (other rules, being tuned):\n  ${knownFalseAlarms.join('\n  ')}`);
  });

  it('has no misses and no false alarms', () => {
    expect(misses).toEqual([]);
    expect(falseAlarms).toEqual([]);
  });
});

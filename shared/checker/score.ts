// Scores of a set of findings: 编校差错率 (weighted errors per 10,000 characters, rules.md "Scoring")
// and 编纂规范 (norm warnings per 10,000). Every level (entry, section, category, yearbook) is
// recomputed from the union of its findings, because repeats are capped over the whole set.
//
// Weights (《图书编校质量差错率计算方法》/细则): 文字 1, 知识性·逻辑性 2, 繁简 0.5, 计量单位 0.5,
// 标点 0.1, 数字用法 0.1. Caps on the same error (same rule and same wrong form) within the set:
// - 文字: "同一错字重复出现，每面计1个差错，全书最多计4个差错" → at most 4 (pages are unknown
//   here, so every occurrence counts until the cap);
// - 繁简: "简化字、繁体字混用，每处计0.5个差错；同一差错在全书超过3处，计1.5个差错" → at most 1.5;
// - 计量单位: 计量单位符号差错 "全书最多计1.5个差错" → at most 1.5 (as recalled; an assumption);
// - 标点, 数字用法: at most 1 per same error (an assumption modelled on 细则's "全书最多计1个差错"
//   for repeated symbol errors; the official text was not at hand);
// - 知识性: no cap ("每处计2个差错").
// Suggestions weigh nothing; `norm` findings count in 编纂规范 only.

import type { Finding, WeightClass } from './types';
import { charLength } from './text';

/** Weight of one finding per class, and the cap for the same error repeated within the set. */
export const WEIGHTS: Readonly<Record<Exclude<WeightClass, 'norm'>, { weight: number; cap: number }>> = {
  text: { weight: 1, cap: 4 },
  knowledge: { weight: 2, cap: Infinity },
  traditional: { weight: 0.5, cap: 1.5 },
  unit: { weight: 0.5, cap: 1.5 },
  punctuation: { weight: 0.1, cap: 1 },
  number: { weight: 0.1, cap: 1 },
};

/** Below this many characters a rate says little (one 0.1 error in 300 字 is no "fail"): show counts. */
export const SHOW_RATE_MIN_CHARS = 10_000;

/** The pass line of 《图书质量管理规定》: at most 1 error per 10,000 characters. */
export const PASS_RATE = 1;

/** One weighted class's share of the error rate. */
export interface ScoreComponent {
  /** Findings counted (before caps). */
  count: number;
  /** Weighted errors after caps. */
  weighted: number;
}

/** The scores of one level. */
export interface QualityScore {
  /** Weighted errors per 10,000 characters (编校差错率, ‱). */
  errorRate: number;
  weightedErrors: number;
  components: Record<Exclude<WeightClass, 'norm'>, ScoreComponent>;
  /** Errors and warnings of class `norm` (编纂规范). */
  normCount: number;
  /** normCount per 10,000 characters. */
  normRate: number;
  charCount: number;
  /** The denominator is the text, not the typeset page count (版面字数). */
  label: '按正文字数估算';
  /** False for short texts: show counts rather than a rate. */
  showAsRate: boolean;
  /** errorRate ≤ PASS_RATE, or null when the text is too short to say. */
  passes: boolean | null;
}

function round(n: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Scores `findings` (ignored ones already left out) over `charCount` characters of text. */
export function scoreFindings(findings: readonly Finding[], charCount: number): QualityScore {
  const components = Object.fromEntries(Object.keys(WEIGHTS).map((k) => [k, { count: 0, weighted: 0 }])) as QualityScore['components'];
  const sameError = new Map<string, { cls: Exclude<WeightClass, 'norm'>; n: number }>();
  let normCount = 0;
  for (const f of findings) {
    if (f.severity === 'suggestion') continue;
    if (f.weightClass === 'norm') {
      normCount++;
      continue;
    }
    components[f.weightClass].count++;
    const key = `${f.ruleId}\u0000${f.text}`;
    const entry = sameError.get(key);
    if (entry) entry.n++;
    else sameError.set(key, { cls: f.weightClass, n: 1 });
  }
  let weightedErrors = 0;
  for (const { cls, n } of sameError.values()) {
    const { weight, cap } = WEIGHTS[cls];
    const w = Math.min(n * weight, cap);
    components[cls].weighted += w;
    weightedErrors += w;
  }
  for (const c of Object.values(components)) c.weighted = round(c.weighted);
  const per10k = (n: number) => (charCount > 0 ? round((n / charCount) * 10_000) : 0);
  const showAsRate = charCount >= SHOW_RATE_MIN_CHARS;
  const errorRate = per10k(weightedErrors);
  return {
    errorRate,
    weightedErrors: round(weightedErrors),
    components,
    normCount,
    normRate: per10k(normCount),
    charCount,
    label: '按正文字数估算',
    showAsRate,
    passes: showAsRate ? errorRate <= PASS_RATE : null,
  };
}

/**
 * The score of a level made of parts (entries of a section, sections of a category, …): the
 * union of their findings over the sum of their characters, caps applied across the union.
 */
export function aggregateScores(parts: ReadonlyArray<{ findings: readonly Finding[]; charCount: number }>): QualityScore {
  const all: Finding[] = [];
  let chars = 0;
  for (const p of parts) {
    for (const f of p.findings) all.push(f);
    chars += p.charCount;
  }
  return scoreFindings(all, chars);
}

/** Characters of an entry for the rate: code points of its title and blocks, whitespace left out. */
export function entryCharCount(entry: { title: string; blocks: ReadonlyArray<{ text: string }> }): number {
  let n = 0;
  for (const s of [entry.title, ...entry.blocks.map((b) => b.text)]) n += charLength(s.replace(/[\s\u3000]/g, ''));
  return n;
}

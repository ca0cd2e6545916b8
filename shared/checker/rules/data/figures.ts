// Figures of running text for the data rules: a number with its magnitude (万, 亿) and measure
// word (人, 所, 万元 …), its value and the interval its rounding allows (last digit ± half a unit),
// and the "占…P%" shares. Shared by percentage-mismatch, parts-exceed-total and share-over-100.

/** One number of the text with what it counts. */
export interface Figure {
  start: number;
  end: number;
  value: number;
  /** The interval the written figure stands for (rounding of its last digit). */
  min: number;
  max: number;
  /** The measure word (人, 所, 个, 元 …); '' when none follows. */
  measure: string;
}

/** A share `占…P%`: the range of `P%` and its interval. */
export interface Share {
  /** Offset of 占. */
  at: number;
  start: number;
  end: number;
  value: number;
  min: number;
  max: number;
  decimals: number;
}

const MEASURES = '人次|户次|平方千米|平方公里|平方米|千米|公里|公顷|千克|公斤|千瓦时|[\\u4e00-\\u9fff]';
const FIGURE_RE = new RegExp(`(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)[ \\u00a0\\u3000]?(万|亿)?(多|余)?(%|${MEASURES})?`, 'g');
const SHARE_RE = /占[^，。；！？%\d\n]{0,15}?[ \u00a0\u3000]?(\d+(?:\.\d+)?)[ \u00a0\u3000]?%/g;
/** Characters after a number that are not measure words. */
const NOT_MEASURE = /^[年月日时分秒至到和与及或、的是了在为比同以]$/;

function interval(num: string, scale: number): { value: number; min: number; max: number; decimals: number } {
  const dot = num.indexOf('.');
  const decimals = dot < 0 ? 0 : num.length - dot - 1;
  const half = 0.5 * 10 ** -decimals;
  const v = Number(num.replace(/,/g, ''));
  return { value: v * scale, min: (v - half) * scale, max: (v + half) * scale, decimals };
}

/** The figures (not percentages) of `text`, left to right. */
export function findFigures(text: string): Figure[] {
  const out: Figure[] = [];
  FIGURE_RE.lastIndex = 0;
  for (let m = FIGURE_RE.exec(text); m; m = FIGURE_RE.exec(text)) {
    const [all, num, magnitude, approx, measure = ''] = m;
    if (measure === '%' || approx) continue;
    if (NOT_MEASURE.test(measure)) continue;
    const scale = magnitude === '亿' ? 1e8 : magnitude === '万' ? 1e4 : 1;
    const { value, min, max } = interval(num, scale);
    out.push({ start: m.index, end: m.index + all.length, value, min, max, measure });
  }
  return out;
}

/** The `占…P%` shares of `text`. */
export function findShares(text: string): Share[] {
  const out: Share[] = [];
  SHARE_RE.lastIndex = 0;
  for (let m = SHARE_RE.exec(text); m; m = SHARE_RE.exec(text)) {
    const start = m.index + m[0].lastIndexOf(m[1]);
    out.push({ at: m.index, start, end: m.index + m[0].length, ...interval(m[1], 1) });
  }
  return out;
}

/** True for the code units that close a sentence here: 。！？； and a line break. */
function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x0a;
}

/** The sentence around offset `i`: after the previous 。！？； to after the next one. */
export function sentenceAround(text: string, i: number): { start: number; end: number } {
  let start = i;
  while (start > 0 && !isSentenceEnd(text.charCodeAt(start - 1))) start--;
  let end = i;
  while (end < text.length && !isSentenceEnd(text.charCodeAt(end))) end++;
  return { start, end: Math.min(end + 1, text.length) };
}

/** Sentences of a block: [start, end) ranges split after 。！？； and line breaks. */
export function sentenceRanges(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSentenceEnd(text.charCodeAt(i))) {
      if (i + 1 > start) out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** Formats a percentage with `decimals` decimals. */
export function formatPercent(v: number, decimals: number): string {
  return `${v.toFixed(decimals)}%`;
}

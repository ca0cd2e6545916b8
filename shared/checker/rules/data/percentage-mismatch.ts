// percentage-mismatch: within one sentence, a part's share `占(…)P%` of a total that the figures
// do not give (共有社区80个，其中示范社区20个，占30%: 20/80 = 25%); likewise 由A增加到B，增长P%.
// Source: 《图书编校质量差错认定细则》 知识性·逻辑性差错 (weight 2). Options: none.
// Traps: rounding — every figure stands for its last digit ± half a unit (41/91 = 45.05% ≈ 45%;
// 1.8万/3.2万 may be 53.8%–58.7%); the part is the figure nearest before 占 and the total any earlier
// figure of the sentence with the same measure word: when one of them fits, nothing is reported
// (a sentence can hold several totals: 91部获奖，10部特等，其中41部…占45%，5部…占50%).

import type { BlockRule, RawFinding } from '../../types';
import { findFigures, findShares, formatPercent, sentenceAround, type Figure } from './figures';

const CHANGE_RE =
  /由[ \u3000]?(\d+(?:\.\d+)?)(万|亿)?([^\d，。；]{0,4}?)(增加|增长|提高|上升|下降|减少|降低|减)(?:到|至)[ \u3000]?(\d+(?:\.\d+)?)(万|亿)?\3[，,]?(?:同比)?(?:增长|增加|提高|上升|下降|减少|降低)了?[ \u3000]?(\d+(?:\.\d+)?)%/g;

function fits(part: Figure, total: Figure, min: number, max: number): boolean {
  const lo = (part.min / total.max) * 100;
  const hi = (part.max / total.min) * 100;
  return hi >= min && lo <= max;
}

function scale(m: string | undefined): number {
  return m === '亿' ? 1e8 : m === '万' ? 1e4 : 1;
}

function half(num: string): number {
  const dot = num.indexOf('.');
  return 0.5 * 10 ** -(dot < 0 ? 0 : num.length - dot - 1);
}

function checkChanges(text: string, out: RawFinding[]): void {
  CHANGE_RE.lastIndex = 0;
  for (let m = CHANGE_RE.exec(text); m; m = CHANGE_RE.exec(text)) {
    const [all, a, am, , verb, b, bm, p] = m;
    const down = /下降|减/.test(verb);
    const aMin = (Number(a) - half(a)) * scale(am);
    const aMax = (Number(a) + half(a)) * scale(am);
    const bMin = (Number(b) - half(b)) * scale(bm);
    const bMax = (Number(b) + half(b)) * scale(bm);
    if (aMin <= 0) continue;
    const lo = down ? ((aMin - bMax) / aMax) * 100 : ((bMin - aMax) / aMax) * 100;
    const hi = down ? ((aMax - bMin) / aMin) * 100 : ((bMax - aMin) / aMin) * 100;
    const pv = Number(p);
    if (pv + half(p) >= lo && pv - half(p) <= hi) continue;
    const start = m.index + all.lastIndexOf(p);
    const av = Number(a) * scale(am);
    const bv = Number(b) * scale(bm);
    const actual = (down ? (av - bv) / av : (bv - av) / av) * 100;
    const decimals = p.includes('.') ? p.length - p.indexOf('.') - 1 : 0;
    out.push({
      start,
      end: start + p.length + 1,
      message: `由${a}${am ?? ''}${down ? '降' : '增'}至${b}${bm ?? ''}，变化幅度应约为${formatPercent(actual, decimals)}，与所写${p}%不符`,
      fix: { text: formatPercent(actual, decimals), safe: false },
    });
  }
}

/** The percentage-mismatch rule (see the header). */
export const percentageMismatch: BlockRule = {
  id: 'percentage-mismatch',
  scope: 'block',
  severity: 'error',
  weightClass: 'knowledge',
  source: '《图书编校质量差错认定细则》（知识性、逻辑性差错）',
  silentIn: ['bookTitle'],
  skipKinds: ['tableCell'],
  check(text) {
    const out: RawFinding[] = [];
    if (!text.includes('%')) return out;
    let sentence = '';
    let sentenceStart = -1;
    let figures: Figure[] = [];
    for (const found of findShares(text)) {
      // Figures are read once per sentence that holds a share.
      const bounds = sentenceAround(text, found.at);
      if (bounds.start !== sentenceStart) {
        sentenceStart = bounds.start;
        sentence = text.slice(bounds.start, bounds.end);
        figures = findFigures(sentence);
      }
      const share = { ...found, at: found.at - sentenceStart, start: found.start - sentenceStart, end: found.end - sentenceStart };
      const before = figures.filter((f) => f.end <= share.at && f.measure !== '');
      const part = before[before.length - 1];
      if (!part) continue;
      // 占全省的45%: a total of a wider scope that this sentence does not state.
      const scope = /全[国省市州区县镇乡]/.exec(sentence.slice(share.at, share.start));
      if (scope && !sentence.slice(0, part.start).includes(scope[0])) continue;
      // 占年度目标任务的40%: measured against a plan, not against a figure of the sentence.
      if (/目标|计划|任务|预算|上年|同期/.test(sentence.slice(share.at, share.start))) continue;
      const totals = before.filter((f) => f !== part && f.measure === part.measure && f.value > 0);
      if (totals.length === 0) continue;
      if (totals.some((t) => fits(part, t, share.min, share.max))) continue;
      const total = totals[totals.length - 1];
      const actual = formatPercent((part.value / total.value) * 100, share.decimals);
      out.push({
        start: found.start,
        end: found.end,
        message: `按所列数字计算，占比应约为${actual}，与所写${text.slice(found.start, found.end)}不符`,
        fix: { text: actual, safe: false },
      });
    }
    checkChanges(text, out);
    return out;
  },
};

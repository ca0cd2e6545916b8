// electricity-du: 度 as a quantity of electricity (万度电, 发电3.2亿度), to be written 千瓦时.
// Source: GB 3100~3102-1993 (度 is a colloquial name of kW·h). Options: none.
// Traps: 度 is also temperature, angle and slope (气温38度, 倾斜15度); without 电 right after, the
// clause before the figure must speak of electricity (电) and not of 温/角/坡/纬/经.

import type { BlockRule, RawFinding } from '../../types';

const DU_RE = /(?<![\d,.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)(万|亿)?(多|余)?度(电(?![力网视脑话器气站厂源池缆线路量]))?/g;
/** Clause punctuation: the electricity context is looked for back to the previous one. */
const CLAUSE_END = /[，。；！？,;!?\n]/;
const LOOKBACK = 24;

function clauseBefore(text: string, at: number): string {
  let s = at;
  while (s > 0 && at - s < LOOKBACK && !CLAUSE_END.test(text[s - 1])) s--;
  return text.slice(s, at);
}

/** The electricity-du rule (see the header). */
export const electricityDu: BlockRule = {
  id: 'electricity-du',
  scope: 'block',
  severity: 'warning',
  weightClass: 'norm',
  source: 'GB 3100~3102-1993（电能单位为千瓦时）',
  silentIn: ['bookTitle'],
  check(text) {
    const out: RawFinding[] = [];
    DU_RE.lastIndex = 0;
    for (let m = DU_RE.exec(text); m; m = DU_RE.exec(text)) {
      const [all, num, magnitude = '', approx = '', dian] = m;
      if (!dian) {
        const before = clauseBefore(text, m.index);
        if (!before.includes('电') || /[温角坡纬经]/.test(before)) continue;
        if (!/^\d/.test(num)) continue;
      }
      out.push({
        start: m.index,
        end: m.index + all.length,
        message: '电能计量应使用法定单位“千瓦时”，不用“度”',
        fix: { text: `${num}${magnitude}${approx}千瓦时`, safe: false },
      });
    }
    return out;
  },
};

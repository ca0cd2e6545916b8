// mu-area: 亩 after a number (common in agricultural statistics; provinces differ), offering 公顷.
// Source: 《中华人民共和国法定计量单位》(亩 is not statutory; 1 公顷 = 15 亩). A suggestion only.
// Options: none. Traps: bare 万亩/千亩 in names of projects (万亩良田) carry no real figure, and 亩产,
// 每亩 have no number before 亩: only a number with at least one digit value is flagged.

import type { BlockRule, RawFinding } from '../../types';
import { parseChineseNumber } from '../../text';

const MU_RE = /(?<![\d,.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]*[一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*)(万|亿)?(多|余)?亩(?!产)/g;

function hectares(value: number, magnitude: string): string {
  const ha = (value * (magnitude === '亿' ? 1e8 : magnitude === '万' ? 1e4 : 1)) / 15;
  const [v, m] = ha >= 1e8 ? [ha / 1e8, '亿'] : ha >= 1e4 ? [ha / 1e4, '万'] : [ha, ''];
  return `${String(Number(v.toPrecision(4)))}${m}公顷`;
}

/** The mu-area rule (see the header). */
export const muArea: BlockRule = {
  id: 'mu-area',
  scope: 'block',
  severity: 'suggestion',
  weightClass: 'norm',
  source: '《中华人民共和国法定计量单位》（1公顷=15亩）',
  silentIn: ['bookTitle'],
  check(text, kind) {
    const out: RawFinding[] = [];
    if (kind === 'tableUnit') {
      // A table's unit line (单位：亩, 万亩) names the unit without a number.
      const at = text.search(/[万]?亩/);
      if (at >= 0) out.push({ start: at, end: at + (text[at] === '万' ? 2 : 1), message: '“亩”不是法定计量单位，可改用“公顷”（1公顷=15亩）' });
      return out;
    }
    MU_RE.lastIndex = 0;
    for (let m = MU_RE.exec(text); m; m = MU_RE.exec(text)) {
      const [all, num, magnitude = '', approx = ''] = m;
      const value = /^\d/.test(num) ? Number(num.replace(/,/g, '')) : parseChineseNumber(num);
      const f: RawFinding = {
        start: m.index,
        end: m.index + all.length,
        message: '“亩”不是法定计量单位，可改用“公顷”（1公顷=15亩）',
      };
      if (value !== null && !approx) f.fix = { text: hectares(value, magnitude), safe: false };
      out.push(f);
    }
    return out;
  },
};

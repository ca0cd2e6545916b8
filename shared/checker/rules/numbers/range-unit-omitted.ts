// range-unit-omitted: a range whose first value drops the %, 万 or 亿 the second carries
// (10～15%, 3～5万元, 3-5亿元): 15835 writes 10%～15%, 3万～5万元. Source: GB/T 15835-2011
// 数值范围. Traps: 5%～8% is right; dates and codes with - are not ranges (range-dash's traps).

import type { BlockRule, RawFinding } from '../../types';

const RANGE = /(?<![\d.\-/A-Za-z])(\d+(?:\.\d+)?)([～~\-—–])(\d+(?:\.\d+)?)(%|‰|万|亿)/g;

function check(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  RANGE.lastIndex = 0;
  for (let m; (m = RANGE.exec(text)); ) {
    const [all, a, dash, b, unit] = m;
    if (Number(b) <= Number(a) || /^0\d/.test(a)) continue;
    const mark = dash === '～' || dash === '~' || dash === '-' ? '～' : dash;
    out.push({
      start: m.index,
      end: m.index + all.length,
      message: `数值范围的前一个数值也应带“${unit}”：${a}${unit}${mark}${b}${unit}`,
      fix: { text: `${a}${unit}${mark}${b}${unit}`, safe: dash === '～' },
    });
  }
  return out;
}

/** 10～15% → 10%～15%, 3～5万 → 3万～5万. */
export const rangeUnitOmitted: BlockRule = {
  id: 'range-unit-omitted',
  scope: 'block',
  severity: 'error',
  weightClass: 'number',
  source: 'GB/T 15835-2011（数值范围）',
  silentIn: ['bookTitle'],
  check,
};

// chinese-percent: a percentage written out (百分之八, 百分之四十二点五) in statistics, where
// 15835 writes 8%, 42.5%. Source: GB/T 15835-2011 4.1.1. Traps: the idiom 百分之百 stays; the
// fix converts the exact value, so it is safe.

import type { BlockRule, RawFinding } from '../../types';
import { parseChineseNumber } from '../../text';

const PERCENT = /百分之([零〇一二两三四五六七八九十百千点]+)/g;

function check(text: string): RawFinding[] {
  if (text.indexOf('百分之') < 0) return [];
  const out: RawFinding[] = [];
  PERCENT.lastIndex = 0;
  for (let m; (m = PERCENT.exec(text)); ) {
    if (m[1] === '百') continue; // 百分之百: an idiom of certainty
    const value = parseChineseNumber(m[1]);
    if (value === null) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      message: `百分数宜用阿拉伯数字加“%”：${value}%`,
      fix: { text: `${value}%`, safe: true },
    });
  }
  return out;
}

/** 百分之N → N%. */
export const chinesePercent: BlockRule = {
  id: 'chinese-percent',
  scope: 'block',
  severity: 'warning',
  weightClass: 'number',
  source: 'GB/T 15835-2011 4.1.1',
  silentIn: ['bookTitle'],
  check,
};

// plan-not-fact: plans and intentions instead of what happened (下一步, 将继续, 力争, 今后 …, and
// 计划于 + a date after the record year). Source: 《地方综合年鉴编纂出版规定》(记已然之事).
// Options: none (reads ctx.recordYear). Traps: 下一步骤 is a noun phrase, not the idiom (segmenter
// veto and the character after); quotations and titles stay silent; 计划于2023年5月开工 (within
// the record year) tells what was planned and done.

import type { BlockRule, RawFinding } from '../../types';
import { segmenterVeto } from '../../text';

const PLAN_RE = /下一步(?!骤)|将继续|将进一步|力争|努力实现|今后|计划于(\d{4})年/g;

/** The plan-not-fact rule (see the header). */
export const planNotFact: BlockRule = {
  id: 'plan-not-fact',
  scope: 'block',
  severity: 'warning',
  weightClass: 'norm',
  source: '《地方综合年鉴编纂出版规定》（记述已然之事）',
  silentIn: ['quote', 'bookTitle'],
  check(text, _kind, ctx) {
    const out: RawFinding[] = [];
    PLAN_RE.lastIndex = 0;
    for (let m = PLAN_RE.exec(text); m; m = PLAN_RE.exec(text)) {
      const start = m.index;
      if (m[1] !== undefined) {
        if (!ctx.recordYear || Number(m[1]) <= ctx.recordYear) continue;
        out.push({ start, end: start + 3, message: `“计划于${m[1]}年”记述的是本卷记述年度之后的计划，年鉴记已然之事` });
        continue;
      }
      const end = start + m[0].length;
      // The start only: the segmenter may glue the word to what follows; 下一步骤 is excluded above.
      if (segmenterVeto(text, start, start)) continue;
      out.push({ start, end, message: `“${m[0]}”记述的是计划或打算，年鉴应记述已经发生的事实` });
    }
    return out;
  },
};

// year-after-record-year: a year later than the record year written as if it had happened
// (record year 2023, "2024年3月，大桥通车"). Source: 《地方综合年鉴编纂出版规定》 (记述年度).
// Options: none (reads ctx.recordYear). Traps: targets and plans are fine — after 到, 至, 预计,
// 计划, 力争, 规划, 争取, 目标, 拟, 将 in the same clause, the end of a range (2021—2025年), a
// deadline (2025年前, 2025年底前) or 2035年远景目标; titles in 《》 stay silent; table cells skipped.

import type { BlockRule, RawFinding } from '../../types';

const YEAR_RE = /(?<![\d.])(\d{4})(?=年)/g;
/** Plan words in the clause before the year. */
const PLAN_BEFORE = /到|至|预计|计划|力争|规划|争取|目标|拟|将|有望|确保|预期|展望|远景|期限|有效期|——|—|～|~|-$/;
/** Plan markers just after the year. */
const PLAN_AFTER = /^年(?:[上下]半年|底|末|年底|[0-9一二三四五六七八九十]+月)?(?:[以之]?前|远景|愿景|目标|规划|前后)/;
const CLAUSE_START = /[，。；！？：,;!?:\n]/;

function clauseBefore(text: string, at: number): string {
  let s = at;
  while (s > 0 && at - s < 30 && !CLAUSE_START.test(text[s - 1])) s--;
  return text.slice(s, at);
}

/** The year-after-record-year rule (see the header). */
export const yearAfterRecordYear: BlockRule = {
  id: 'year-after-record-year',
  scope: 'block',
  severity: 'suggestion',
  weightClass: 'norm',
  source: '《地方综合年鉴编纂出版规定》（记述时限）',
  silentIn: ['quote', 'bookTitle'],
  skipKinds: ['tableCell'],
  check(text, _kind, ctx) {
    const out: RawFinding[] = [];
    if (!ctx.recordYear) return out;
    YEAR_RE.lastIndex = 0;
    for (let m = YEAR_RE.exec(text); m; m = YEAR_RE.exec(text)) {
      const year = Number(m[1]);
      if (year <= ctx.recordYear || year > ctx.recordYear + 30) continue;
      const start = m.index;
      if (PLAN_BEFORE.test(clauseBefore(text, start))) continue;
      if (PLAN_AFTER.test(text.slice(start + 4, start + 12))) continue;
      out.push({
        start,
        end: start + 5,
        message: `${year}年晚于本卷记述的${ctx.recordYear}年，请核实是否属于本卷记述范围`,
      });
    }
    return out;
  },
};

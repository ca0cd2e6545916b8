// vague-time: time words relative to the writer (今年, 近日, 目前, 近年来 …) instead of a date.
// Source: 《地方综合年鉴编纂出版规定》 — every fact dated. Options: none (the record year from the
// context feeds the suggestion). Traps: 体现在/表现在 are not 现在 (segmenter veto), 距离最近的 is
// not the time word 最近, 本年鉴 is the book, 过去年均/节日前/5日前 are other words; 年初, 全年 are
// fine (the record year is implied). The fix is only offered (safe: false): a draft written the
// year after the record year may mean either year by 今年.

import type { BlockRule, CheckContext, RawFinding } from '../../types';
import { segmenterVeto } from '../../text';

const VAGUE_RE =
  /今年以来|本年度|近年来|近几年|前不久|不久前|上个月|今年|去年|明年|前年|本年(?![鉴级])|近日|日前|近期|最近|目前|当前|现在|如今|本月|昨天|今天/g;

/** Characters that, just before the word, make it part of another word. */
const BEFORE_VETO: Readonly<Record<string, RegExp>> = {
  去年: /[过除失离回退]$/,
  前年: /[年\d〇一二三四五六七八九十]$/,
  日前: /[节作生假期息念末号\d〇一二三四五六七八九十]$/,
  最近: /[离距]$/,
  现在: /[体表实出发展呈]$/,
  明年: /[光文]$/,
};

function suggestion(word: string, ctx: CheckContext): string | null {
  const y = ctx.recordYear;
  if (!y) return null;
  if (word === '今年' || word === '本年' || word === '本年度' || word === '今年以来') return `${y}年`;
  if (word === '去年') return `${y - 1}年`;
  if (word === '前年') return `${y - 2}年`;
  if (word === '明年') return `${y + 1}年`;
  return null;
}

/** 最近 as "closest": 距离最近的, 离学校最近 — a 离/距 earlier in the same clause. */
function isNearestSense(text: string, start: number): boolean {
  let s = start;
  while (s > 0 && start - s < 12 && !/[，。；！？,;\n]/.test(text[s - 1])) s--;
  return /[离距]/.test(text.slice(s, start));
}

/** The vague-time rule (see the header). */
export const vagueTime: BlockRule = {
  id: 'vague-time',
  scope: 'block',
  severity: 'warning',
  weightClass: 'norm',
  source: '《地方综合年鉴编纂出版规定》（时间要素）',
  silentIn: ['quote', 'bookTitle'],
  check(text, _kind, ctx) {
    const out: RawFinding[] = [];
    VAGUE_RE.lastIndex = 0;
    for (let m = VAGUE_RE.exec(text); m; m = VAGUE_RE.exec(text)) {
      const word = m[0];
      const start = m.index;
      const end = start + word.length;
      const veto = BEFORE_VETO[word];
      if (veto && veto.test(text.slice(Math.max(0, start - 1), start))) continue;
      if (word === '最近' && isNearestSense(text, start)) continue;
      // Only the start is checked: the segmenter glues the word to what follows (去/年底, 目前为止).
      if (segmenterVeto(text, start, start)) continue;
      const f: RawFinding = {
        start,
        end,
        message: `“${word}”是相对于写作时间的时间词，年鉴应写明具体时间`,
      };
      const s = suggestion(word, ctx);
      if (s) f.fix = { text: s, safe: false };
      out.push(f);
    }
    return out;
  },
};

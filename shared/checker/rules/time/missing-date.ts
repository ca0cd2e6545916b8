// missing-date: an entry of more than 100 characters with no explicit date or year at all.
// Source: 《地方综合年鉴编纂出版规定》 — every fact dated (时间要素). Options: none.
// Traps: 全年, 年内, 年初, 年末, 上半年, 一季度, a month (5月, 十月) and a 4-digit year all count as
// a date; vague words (今年) do not, vague-time reports them, nor does a count such as 2000人.
// The finding marks the first sentence.

import type { BlockKind, EntryRule, RawFinding } from '../../types';
import { countTextChars, sentenceBounds } from '../../text';

interface DateSummary {
  chars: number;
  hasDate: boolean;
  firstSentenceEnd: number;
}

const DATE_RE =
  /(?<![\d.])(?:1[89]|20)\d\d(?:年|[-./]\d)|[（(](?:1[89]|20)\d\d[）)]|[〇○零一二三四五六七八九]{4}年|全年|年内|年初|年末|年底|年中|年度|[上下]半年|[一二三四1-4]季度|(?<!\d)(?:1[0-2]|0?[1-9])月|[一二三四五六七八九十]{1,3}月|[正腊冬]月|(?<!\d)[1-3]?\d日/;
const MIN_CHARS = 100;

/** The missing-date rule (see the header). */
export const missingDate: EntryRule<DateSummary> = {
  id: 'missing-date',
  scope: 'entry',
  severity: 'warning',
  weightClass: 'norm',
  source: '《地方综合年鉴编纂出版规定》（时间要素）',
  summarize(text: string, _kind: BlockKind) {
    return {
      chars: countTextChars(text),
      hasDate: DATE_RE.test(text),
      firstSentenceEnd: text.length > 0 ? sentenceBounds(text, 0).end : 0,
    };
  },
  checkEntry(blocks) {
    let chars = 0;
    for (const b of blocks) {
      if (b.summary.hasDate) return [];
      chars += b.summary.chars;
    }
    if (chars <= MIN_CHARS) return [];
    const first = blocks.find((b) => b.length > 0);
    if (!first) return [];
    const finding: RawFinding = {
      start: first.start,
      end: first.start + first.summary.firstSentenceEnd,
      message: `条目${chars}字，未写明任何时间（年份、月份或“全年”等），年鉴记事须有时间要素`,
    };
    return [finding];
  },
};

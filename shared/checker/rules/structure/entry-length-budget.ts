// entry-length-budget: written length above 120% of the planned length (字数), or below 50% once
// the entry is submitted. Source: 《地方综合年鉴编纂出版规定》(篇幅控制) and 编纂惯例.
// Options: ctx.plannedLength, ctx.submitted. Traps: no plan, no finding; length counts characters
// without whitespace (as countTextChars); an over-long entry is marked from where the budget runs out.

import type { EntryRule, RawFinding } from '../../types';
import { countTextChars } from '../../text';

interface LengthSummary {
  chars: number;
  text: string;
}

const OVER = 1.2;
const UNDER = 0.5;

/** Offset in `text` just after its `n`-th counted character (n ≥ 1). */
function offsetAfterChars(text: string, n: number): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    if (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000) continue;
    count++;
    if (count === n) return i + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
  }
  return text.length;
}

/** The entry-length-budget rule (see the header). */
export const entryLengthBudget: EntryRule<LengthSummary> = {
  id: 'entry-length-budget',
  scope: 'entry',
  severity: 'warning',
  weightClass: 'norm',
  source: '《地方综合年鉴编纂出版规定》（篇幅控制）；编纂惯例',
  summarize(text) {
    return { chars: countTextChars(text), text };
  },
  checkEntry(blocks, ctx) {
    const planned = ctx.plannedLength;
    if (!planned || planned <= 0 || blocks.length === 0) return [];
    const total = blocks.reduce((n, b) => n + b.summary.chars, 0);
    const out: RawFinding[] = [];
    const last = blocks[blocks.length - 1];
    const entryEnd = last.start + last.length;
    if (total > planned * OVER) {
      const allowed = Math.floor(planned * OVER);
      let before = 0;
      for (const b of blocks) {
        if (before + b.summary.chars > allowed) {
          const start = b.start + offsetAfterChars(b.summary.text, allowed - before);
          out.push({
            start: allowed - before === 0 ? b.start : start,
            end: entryEnd,
            message: `条目${total}字，超过计划字数${planned}字的120%（${allowed}字），宜压缩`,
          });
          break;
        }
        before += b.summary.chars;
      }
    } else if (ctx.submitted && total < planned * UNDER) {
      out.push({
        start: blocks[0].start,
        end: entryEnd,
        message: `条目${total}字，不足计划字数${planned}字的50%，请补充内容`,
      });
    }
    return out;
  },
};

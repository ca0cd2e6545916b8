// unpaired-marks: an opening or closing mark of （）《》“”‘’【】〔〕 without its partner in the paragraph.
// Source: GB/T 15834-2011 4.8 引号, 4.9 括号, 4.15 书名号. Traps: a list number `1）` or `a）` opening
// a paragraph is a 序号, not a stray bracket; nesting is checked with one stack.

import type { BlockRule, RawFinding } from '../../types';

const OPEN_OF: Record<string, string> = { '）': '（', '》': '《', '”': '“', '’': '‘', '】': '【', '〕': '〔' };
const MARKS = /[（）《》“”‘’【】〔〕]/g;
/** A list number closed by a lone bracket at the start of a paragraph: 1） a） 一） ①）. */
const LIST_NUMBER = /^\s*(?:\d{1,3}|[A-Za-z]|[一二三四五六七八九十]{1,3})）/;

function check(text: string): RawFinding[] {
  const stack: Array<{ ch: string; i: number }> = [];
  const open = new Map<string, number>();
  const out: RawFinding[] = [];
  const listEnd = LIST_NUMBER.exec(text)?.[0].length ?? -1;
  MARKS.lastIndex = 0;
  for (let m; (m = MARKS.exec(text)); ) {
    const ch = m[0];
    const opener = OPEN_OF[ch];
    if (!opener) {
      stack.push({ ch, i: m.index });
      open.set(ch, (open.get(ch) ?? 0) + 1);
      continue;
    }
    if (m.index === listEnd - 1) continue;
    // Counted per mark so a closer with no opener at all never scans the whole stack.
    let k = (open.get(opener) ?? 0) > 0 ? stack.length - 1 : -1;
    while (k >= 0 && stack[k].ch !== opener) k--;
    if (k < 0) {
      out.push({ start: m.index, end: m.index + 1, message: `“${ch}”缺少对应的“${opener}”` });
      continue;
    }
    for (const o of stack.splice(k)) {
      open.set(o.ch, (open.get(o.ch) ?? 1) - 1);
      if (o.ch !== opener) out.push(unclosed(o));
    }
  }
  for (const o of stack) out.push(unclosed(o));
  return out.sort((a, b) => a.start - b.start);
}

const CLOSE_OF: Record<string, string> = Object.fromEntries(Object.entries(OPEN_OF).map(([c, o]) => [o, c]));

function unclosed(open: { ch: string; i: number }): RawFinding {
  return { start: open.i, end: open.i + 1, message: `“${open.ch}”缺少对应的“${CLOSE_OF[open.ch]}”` };
}

/** Unbalanced paired marks within a paragraph. */
export const unpairedMarks: BlockRule = {
  id: 'unpaired-marks',
  scope: 'block',
  severity: 'error',
  weightClass: 'punctuation',
  source: 'GB/T 15834-2011 4.8, 4.9, 4.15',
  check,
};

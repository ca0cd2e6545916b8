// stray-space: spaces (U+0020, U+00A0, U+3000) between CJK characters, or between CJK and a digit
// or CJK punctuation (2018年 9月, 发出 21个) — typical of text pasted from PDF. Source: 编纂惯例
// (中文排版不在汉字、数字间加空格; GB/T 15834-2011 has no space mark). Traps: Latin words (Beijing
// Capital Airport), a U+3000 padding a two-character name (王　刚), the space parting two long
// halves of an official title inside 《》 or of a heading line; spaces opening a paragraph are reported apart, quietly.

import type { BlockRule, RawFinding } from '../../types';
import { codePointAtOffset, codePointBefore, isCJKCode, isCJKPunctCode, isDigitCode } from '../../text';

const SPACES = /[ \u00a0\u3000]+/g;

type Side = 'cjk' | 'digit' | 'punct' | 'other';

function sideOf(cp: number): Side {
  if (cp < 0) return 'other';
  if (isCJKCode(cp)) return 'cjk';
  if (isDigitCode(cp)) return 'digit';
  if (isCJKPunctCode(cp)) return 'punct';
  return 'other';
}

/** A U+3000 padding a two-character name in a list: 王　刚 standing alone between separators. */
function isNamePadding(text: string, start: number, end: number): boolean {
  if (end - start !== 1 || text.charCodeAt(start) !== 0x3000) return false;
  const outerBefore = codePointBefore(text, start - 1);
  const outerAfter = codePointAtOffset(text, end + 1);
  return !isCJKCode(outerBefore) && !isCJKCode(outerAfter);
}

/** The single space parting two halves (each ≥ 4 characters) of an official title in 《》. */
function isTitleSeparator(text: string, start: number, end: number): boolean {
  if (end - start !== 1) return false;
  const open = text.lastIndexOf('《', start);
  if (open < 0 || text.lastIndexOf('》', start) > open) return false;
  const close = text.indexOf('》', end);
  if (close < 0) return false;
  const left = text.slice(open + 1, start).split(/[ \u3000]/).pop() ?? '';
  const right = text.slice(end, close).split(/[ \u3000]/)[0];
  return [...left].length >= 4 && [...right].length >= 4;
}

/** A short paragraph without sentence punctuation is a heading: 回顾梳理明方向 凝心聚力再出发. */
function isHeadingSeparator(text: string, start: number, end: number): boolean {
  if (end - start !== 1 || text.length > 40 || /[，。；：！？、]/.test(text)) return false;
  const left = text.slice(0, start).split(/[ \u3000]/).pop() ?? '';
  const right = text.slice(end).split(/[ \u3000]/)[0];
  return [...left].length >= 4 && [...right].length >= 4;
}

function check(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  SPACES.lastIndex = 0;
  for (let m; (m = SPACES.exec(text)); ) {
    const start = m.index;
    const end = start + m[0].length;
    if (start === 0) {
      if (end < text.length) {
        out.push({ start, end, message: '段首空格：缩进由排版设置，不用空格', severity: 'suggestion', fix: { text: '', safe: true } });
      }
      continue;
    }
    const left = sideOf(codePointBefore(text, start));
    const right = sideOf(codePointAtOffset(text, end));
    const flagged =
      (left === 'cjk' && right !== 'other') || (right === 'cjk' && left !== 'other');
    if (!flagged) continue;
    if (left === 'cjk' && right === 'cjk' && (isNamePadding(text, start, end) || isTitleSeparator(text, start, end) || isHeadingSeparator(text, start, end))) continue;
    // Deleting between two ideographs may join two names of a list: let the editor decide there.
    const safe = !(left === 'cjk' && right === 'cjk');
    out.push({ start, end, message: '多余的空格（常见于从 PDF 复制的文字）', fix: { text: '', safe } });
  }
  return out;
}

/** Spaces inside Chinese running text → none. */
export const straySpace: BlockRule = {
  id: 'stray-space',
  scope: 'block',
  severity: 'error',
  weightClass: 'punctuation',
  source: '编纂惯例',
  skipKinds: ['tableCell', 'tableCaption', 'tableUnit'],
  check,
};

// halfwidth-punctuation: ASCII , . ; : ? ! ( ) used in Chinese text where full-width marks belong.
// Source: GB/T 15834-2011 (标点符号用法: 中文用全角符号); 细则 weighs a punctuation error 0.1.
// Traps: decimals and times (3.5, 8:30), URLs, e-mail, file names, versions (V2.0), the 下脚点 of
// a numbered heading (1.经济运行, also after ；/：), and `...` which ellipsis-form claims.

import type { BlockRule, RawFinding } from '../../types';
import { codePointAtOffset, codePointBefore, isCJKCode, isCJKOrPunctCode, isDigitCode, isSpaceCode } from '../../text';

const CANDIDATE = /[,.;:?!()]/g;
const FULLWIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
/** A file extension after a dot: 报告.docx is a file name, not a sentence end. */
const FILE_EXT = /^(?:docx?|xlsx?|pptx?|pdf|txt|csv|jpe?g|png|gif|tiff?|zip|rar|7z|html?|xml|json|wps|ofd|mp[34]|avi|mov|dwg|shp)\b/i;
/** URL, e-mail or host-like runs in which ASCII marks belong. */
const URL_LIKE = /(?:https?:\/\/|ftp:\/\/|www\.)[\w.~:/?#@!$&'()*+,;=%-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

function urlRanges(text: string): Array<[number, number]> {
  if (!/[/@]|www\./i.test(text)) return [];
  const out: Array<[number, number]> = [];
  URL_LIKE.lastIndex = 0;
  for (let m; (m = URL_LIKE.exec(text)); ) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** True for the 下脚点 after an Arabic ordinal opening a paragraph or following ；/：（1.经济运行）. */
function isOrdinalDot(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isDigitCode(text.charCodeAt(j))) j--;
  if (j === i - 1) return false;
  while (j >= 0 && isSpaceCode(text.charCodeAt(j))) j--;
  if (j < 0) return true;
  const c = text.charCodeAt(j);
  return c === 0xff1b || c === 0xff1a; // ； ：
}

function check(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  let urls: Array<[number, number]> | null = null;
  CANDIDATE.lastIndex = 0;
  for (let m; (m = CANDIDATE.exec(text)); ) {
    const i = m.index;
    const ch = m[0];
    const before = codePointBefore(text, i);
    const after = codePointAtOffset(text, i + 1);
    if (!isCJKOrPunctCode(before) && !isCJKOrPunctCode(after)) continue;
    if (ch === '.') {
      // ellipsis-form claims runs of dots
      if (text.charCodeAt(i + 1) === 0x2e || text.charCodeAt(i - 1) === 0x2e) continue;
      if (isDigitCode(before) && isDigitCode(after)) continue;
      if (FILE_EXT.test(text.slice(i + 1, i + 6))) continue;
      if (isOrdinalDot(text, i)) continue;
    }
    if (ch === ':' && isDigitCode(before) && isDigitCode(after)) continue;
    urls ??= urlRanges(text);
    if (urls.some(([s, e]) => i >= s && i < e)) continue;
    out.push({ start: i, end: i + 1, message: message(ch), fix: fixFor(text, i, ch, before, after) });
  }
  return out;
}

function message(ch: string): string {
  return `中文语境中应使用全角标点，不用半角“${ch}”`;
}

function fixFor(text: string, i: number, ch: string, before: number, after: number): RawFinding['fix'] {
  if (ch === '.') {
    // 一.概况: a Chinese ordinal takes the 顿号 (一、概况), never a full stop.
    if (/(?:^|[；：])\s*[一二三四五六七八九十]{1,3}$/.test(text.slice(Math.max(0, i - 8), i))) return { text: '、', safe: false };
    let j = i + 1;
    while (j < text.length && isSpaceCode(text.charCodeAt(j))) j++;
    const endsParagraph = j >= text.length;
    if ((isCJKCode(before) && isCJKCode(after)) || (endsParagraph && isCJKOrPunctCode(before))) return { text: '。', safe: true };
    return undefined;
  }
  // A lone bracket replaced alone may unbalance its partner: leave that to the editor.
  const safe = ch !== '(' && ch !== ')';
  return { text: FULLWIDTH[ch], safe };
}

/** ASCII punctuation in Chinese context → full-width. */
export const halfwidthPunctuation: BlockRule = {
  id: 'halfwidth-punctuation',
  scope: 'block',
  severity: 'error',
  weightClass: 'punctuation',
  source: 'GB/T 15834-2011',
  check,
};

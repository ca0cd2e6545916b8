// Character classes and text helpers every checker rule shares: CJK tests, "Chinese context",
// protected spans (quotations, 《》 titles), sentence bounds, the segmenter veto, Chinese numerals.
// Pure and platform-neutral (runs in the browser on every keystroke and on the server).

/** True for a CJK ideograph code point (URO, ext. A–H, compatibility ideographs, 〇). */
export function isCJKCode(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    cp === 0x3007 ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x323af)
  );
}

/** True when the (first) character of `ch` is a CJK ideograph; surrogate pairs are read whole. */
export function isCJK(ch: string): boolean {
  const cp = ch.codePointAt(0);
  return cp !== undefined && isCJKCode(cp);
}

/** CJK punctuation outside the two blocks below: quotes, ellipsis, dashes, middle dot. */
const EXTRA_CJK_PUNCT = new Set([0x2018, 0x2019, 0x201c, 0x201d, 0x2026, 0x2014, 0x2015, 0x00b7, 0x2e3a]);

/**
 * True for a CJK punctuation code point: CJK Symbols and Punctuation (except U+3000, which counts
 * as a space, and 〇, an ideograph), full-width punctuation (not full-width letters or digits),
 * “”‘’…—·.
 */
export function isCJKPunctCode(cp: number): boolean {
  if (cp >= 0x3001 && cp <= 0x303f) return cp !== 0x3007;
  if (cp >= 0xff01 && cp <= 0xff65) {
    return !((cp >= 0xff10 && cp <= 0xff19) || (cp >= 0xff21 && cp <= 0xff3a) || (cp >= 0xff41 && cp <= 0xff5a));
  }
  if (cp >= 0xfe10 && cp <= 0xfe1f) return true; // vertical forms
  if (cp >= 0xfe30 && cp <= 0xfe6f) return true; // compatibility and small forms
  return EXTRA_CJK_PUNCT.has(cp);
}

/** True when the (first) character of `ch` is CJK punctuation (see isCJKPunctCode). */
export function isCJKPunct(ch: string): boolean {
  const cp = ch.codePointAt(0);
  return cp !== undefined && isCJKPunctCode(cp);
}

/** Code point of the character ending just before UTF-16 offset `i` (-1 at the start). */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return (h - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
  }
  return c;
}

/** Code point of the character starting at UTF-16 offset `i` (-1 past the end). */
export function codePointAtOffset(text: string, i: number): number {
  if (i >= text.length || i < 0) return -1;
  return text.codePointAt(i) ?? -1;
}

/** True for an ideograph or CJK punctuation code point. */
export function isCJKOrPunctCode(cp: number): boolean {
  return cp >= 0 && (isCJKCode(cp) || isCJKPunctCode(cp));
}

/**
 * "Chinese context" (rules.md): the character before `start` or the one at `end` (default
 * start + 1) is a CJK ideograph or CJK punctuation.
 */
export function isChineseContext(text: string, start: number, end = start + 1): boolean {
  return isCJKOrPunctCode(codePointBefore(text, start)) || isCJKOrPunctCode(codePointAtOffset(text, end));
}

/** U+0020, U+00A0 and U+3000 (the ideographic space counts as a space). */
export function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x3000;
}

/** ASCII digit test on a UTF-16 code unit or code point. */
export function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** ASCII letter test on a UTF-16 code unit or code point. */
export function isLatinCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Length in characters as people count them: code points (a 生僻字 outside the BMP is one 字). */
export function charLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

/** Characters of running text for the error rate: code points that are not whitespace. */
export function countTextChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0 || c === 0x3000) continue;
    n++;
  }
  return n;
}

export * from './textSpans';
export * from './textNumbers';

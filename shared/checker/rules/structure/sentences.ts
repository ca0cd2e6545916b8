// Sentences of a block for the structure rules, and the normalized form (the key) under which
// duplicate-sentence compares them — also what callers must use to build
// CheckContext.otherEntrySentences from the yearbook's other entries.

import { charLength } from '../../text';

/** A sentence of a block: its range (leading spaces excluded, the closing mark included). */
export interface SentenceRange {
  start: number;
  end: number;
}

/** True for 。！？ (and ；when `semicolon`): the marks that close a sentence. */
function isEnd(c: number, semicolon: boolean): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0x0a || (semicolon && (c === 0xff1b || c === 0x3b));
}

/** Closing quotes and brackets that stay with the sentence they end: 他说：“……。” */
function isCloser(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 0xff09 || c === 0x3011 || c === 0x300d || c === 0x300f;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000;
}

/** The sentences of `text`; `semicolon` also splits at ；. */
export function splitSentences(text: string, semicolon = false): SentenceRange[] {
  const out: SentenceRange[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    if (end > s) out.push({ start: s, end });
  };
  for (let i = 0; i < text.length; i++) {
    if (!isEnd(text.charCodeAt(i), semicolon)) continue;
    let end = i + 1;
    while (end < text.length && isCloser(text.charCodeAt(end))) end++;
    push(end);
    start = end;
    i = end - 1;
  }
  push(text.length);
  return out;
}

/** The comparison key of a sentence: no whitespace, no closing marks at the end. */
export function normalizeSentence(sentence: string): string {
  return sentence.replace(/[\s\u3000]+/g, '').replace(/[。！？；!?;”’）】」』]+$/u, '');
}

/** Minimum length (in characters) of a sentence that counts as a repeat. */
export const MIN_DUPLICATE_CHARS = 15;

/**
 * The keys of the sentences of `text` long enough to be compared: what a caller puts into
 * `otherEntrySentences` (key → that entry's title) for every other entry of the yearbook.
 */
export function sentenceKeys(text: string): string[] {
  const keys: string[] = [];
  for (const r of splitSentences(text, true)) {
    const key = normalizeSentence(text.slice(r.start, r.end));
    if (charLength(key) >= MIN_DUPLICATE_CHARS) keys.push(key);
  }
  return keys;
}

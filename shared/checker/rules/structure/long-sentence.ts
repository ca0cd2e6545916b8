// long-sentence: a sentence of more than 120 characters (a suggestion: split it).
// Source: 编纂惯例. Options: none. Traps: a sentence ends at 。！？ (；and ，keep it going, as in
// 15834); length counts code points and ignores spaces; table cells are not sentences.

import type { BlockRule, RawFinding } from '../../types';
import { countTextChars } from '../../text';
import { splitSentences } from './sentences';

const MAX_SENTENCE_CHARS = 120;

/** The long-sentence rule (see the header). */
export const longSentence: BlockRule = {
  id: 'long-sentence',
  scope: 'block',
  severity: 'suggestion',
  weightClass: 'norm',
  source: '编纂惯例（句子宜简短）',
  skipKinds: ['tableCell', 'tableUnit'],
  check(text) {
    const out: RawFinding[] = [];
    if (text.length <= MAX_SENTENCE_CHARS) return out;
    for (const r of splitSentences(text)) {
      const n = countTextChars(text.slice(r.start, r.end));
      if (n > MAX_SENTENCE_CHARS) {
        out.push({ start: r.start, end: r.end, message: `本句${n}字，超过${MAX_SENTENCE_CHARS}字，宜拆分为短句` });
      }
    }
    return out;
  },
};

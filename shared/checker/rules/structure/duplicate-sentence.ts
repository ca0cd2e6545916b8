// duplicate-sentence: a sentence of 15+ characters that appears twice in the entry, or in another
// entry of the same yearbook (重复记载, via ctx.otherEntrySentences: normalized key → title; build it
// with `sentenceKeys` of ./sentences). Source: 《地方综合年鉴编纂出版规定》(避免重复). Options: none.
// Traps: whitespace (PDF paste) does not make two sentences differ; table cells repeat values and
// are skipped; a 大事记 item may summarize a body entry, so entries titled 大事记 are not compared.

import type { EntryRule, RawFinding } from '../../types';
import { charLength } from '../../text';
import { MIN_DUPLICATE_CHARS, normalizeSentence, splitSentences } from './sentences';

interface Keyed {
  key: string;
  start: number;
  end: number;
}

/** The duplicate-sentence rule (see the header). */
export const duplicateSentence: EntryRule<Keyed[]> = {
  id: 'duplicate-sentence',
  scope: 'entry',
  severity: 'warning',
  weightClass: 'norm',
  source: '《地方综合年鉴编纂出版规定》（避免重复记载）',
  skipKinds: ['tableCell', 'tableUnit'],
  summarize(text) {
    const out: Keyed[] = [];
    for (const r of splitSentences(text, true)) {
      const key = normalizeSentence(text.slice(r.start, r.end));
      if (charLength(key) >= MIN_DUPLICATE_CHARS) out.push({ key, start: r.start, end: r.end });
    }
    return out;
  },
  checkEntry(blocks, ctx) {
    const seen = new Set<string>();
    const out: RawFinding[] = [];
    const others = ctx.otherEntrySentences;
    for (const b of blocks) {
      for (const s of b.summary) {
        const start = b.start + s.start;
        const end = b.start + s.end;
        if (seen.has(s.key)) {
          out.push({ start, end, message: '本句在本条目中重复出现' });
          continue;
        }
        seen.add(s.key);
        const title = others?.get(s.key);
        if (title !== undefined && !title.includes('大事记')) {
          out.push({ start, end, message: `本句与条目“${title}”重复记载` });
        }
      }
    }
    return out;
  },
};

// abbreviation-before-full-name: an abbreviation from the yearbook's glossary used in an entry
// before the entry has used the full name (each entry stands alone). Source: 《地方综合年鉴编纂
// 出版规定》 (首次出现用全称). Options: ctx.glossary. Traps: an abbreviation inside its full name is
// not a use (the matcher reads the longest string); mentions inside 《》 titles do not count; only
// the first premature use of each term is reported, with `全称（以下简称简称）` as a suggested fix.

import type { EntryRule, RawFinding } from '../../types';
import { isInsideSpan, protectedSpans } from '../../text';
import { findGlossaryHits, type GlossaryHit } from './glossaryMatcher';

/** The abbreviation-before-full-name rule (see the header). */
export const abbreviationBeforeFullName: EntryRule<GlossaryHit[]> = {
  id: 'abbreviation-before-full-name',
  scope: 'entry',
  severity: 'warning',
  weightClass: 'norm',
  source: '《地方综合年鉴编纂出版规定》（首次出现用全称）',
  summarize(text, _kind, ctx) {
    const hits = findGlossaryHits(text, ctx.glossary).filter((h) => h.role !== 'avoid');
    if (hits.length === 0) return hits;
    const spans = protectedSpans(text);
    return hits.filter((h) => !isInsideSpan(spans, h.start, ['bookTitle']));
  },
  checkEntry(blocks, ctx) {
    const terms = ctx.glossary?.terms;
    if (!terms) return [];
    const seenFull = new Set<number>();
    const reported = new Set<number>();
    const out: RawFinding[] = [];
    for (const b of blocks) {
      for (const h of b.summary ?? []) {
        if (h.role === 'full') seenFull.add(h.term);
        else if (!seenFull.has(h.term) && !reported.has(h.term)) {
          reported.add(h.term);
          const full = terms[h.term].full;
          out.push({
            start: b.start + h.start,
            end: b.start + h.end,
            message: `简称“${h.text}”在本条目中首次出现，应先写全称“${full}”`,
            fix: { text: `${full}（以下简称${h.text}）`, safe: false },
          });
        }
      }
    }
    return out;
  },
};

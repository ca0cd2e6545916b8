// glossary-term: a term the yearbook's glossary marks as not preferred (an institution's name
// before a reform, an outdated term), with the preferred full name as the fix.
// Source: 《地方综合年鉴编纂出版规定》 (规范称谓). Options: ctx.glossary (`avoid` of each term).
// Traps: an avoided string inside a preferred name is not flagged (longest match wins); titles in
// 《》 keep the name they were published under (silentIn bookTitle).

import type { BlockRule, RawFinding } from '../../types';
import { findGlossaryHits } from './glossaryMatcher';

/** The glossary-term rule (see the header). */
export const glossaryTerm: BlockRule = {
  id: 'glossary-term',
  scope: 'block',
  severity: 'warning',
  weightClass: 'norm',
  source: '《地方综合年鉴编纂出版规定》（规范称谓，本年鉴术语表）',
  silentIn: ['bookTitle'],
  check(text, _kind, ctx) {
    const out: RawFinding[] = [];
    for (const h of findGlossaryHits(text, ctx.glossary)) {
      if (h.role !== 'avoid') continue;
      const full = ctx.glossary!.terms[h.term].full;
      out.push({
        start: h.start,
        end: h.end,
        message: `本年鉴术语表规定“${h.text}”不再使用，应写作“${full}”`,
        fix: { text: full, safe: false },
      });
    }
    return out;
  },
};

// share-over-100: a share `占…P%` with P above 100 — no part can be more than its whole.
// Source: 《图书编校质量差错认定细则》 知识性·逻辑性差错 (weight 2). Options: none.
// Traps: growth may exceed 100% (增长120%); only a share introduced by 占 is read, and not a
// completion rate against a target (占年度目标的105%).

import type { BlockRule, RawFinding } from '../../types';
import { findShares } from './figures';

/** The share-over-100 rule (see the header). */
export const shareOver100: BlockRule = {
  id: 'share-over-100',
  scope: 'block',
  severity: 'error',
  weightClass: 'knowledge',
  source: '《图书编校质量差错认定细则》（知识性、逻辑性差错）',
  silentIn: ['bookTitle'],
  skipKinds: ['tableCell'],
  check(text) {
    const out: RawFinding[] = [];
    if (!text.includes('占')) return out;
    for (const s of findShares(text)) {
      if (s.value <= 100) continue;
      // 占年度目标的105%: a completion rate against a plan, which may pass 100%.
      if (/目标|计划|任务|预算|上年|同期/.test(text.slice(s.at, s.start))) continue;
      out.push({ start: s.start, end: s.end, message: `占比${text.slice(s.start, s.end)}超过100%，部分不能大于整体` });
    }
    return out;
  },
};

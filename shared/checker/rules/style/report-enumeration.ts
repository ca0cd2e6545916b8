// report-enumeration: work-report structure — 一是……二是…… used twice or more in one paragraph.
// Source: 《地方综合年鉴编纂出版规定》(条目体, not 工作总结体). Options: none. A suggestion.
// Traps: a marker counts only at a clause start (统一是, 唯一是 are other words); one enumeration
// alone is tolerated, the second in the same paragraph is reported (the finding spans them all).

import type { BlockRule, RawFinding } from '../../types';

const MARKER_RE = /(?<=^|[，。；：、！？,;:\s（(])([一二])是/g;

/** The report-enumeration rule (see the header). */
export const reportEnumeration: BlockRule = {
  id: 'report-enumeration',
  scope: 'block',
  severity: 'suggestion',
  weightClass: 'norm',
  source: '《地方综合年鉴编纂出版规定》（条目体）',
  silentIn: ['quote', 'bookTitle'],
  skipKinds: ['tableCell'],
  check(text) {
    let count = 0;
    let first = -1;
    let openStart = -1;
    let lastEnd = -1;
    MARKER_RE.lastIndex = 0;
    for (let m = MARKER_RE.exec(text); m; m = MARKER_RE.exec(text)) {
      if (m[1] === '一') openStart = m.index;
      else if (openStart >= 0) {
        count++;
        if (first < 0) first = openStart;
        lastEnd = m.index + 2;
        openStart = -1;
      }
    }
    if (count < 2) return [];
    const finding: RawFinding = {
      start: first,
      end: lastEnd,
      message: `本段${count}次使用“一是……二是……”式工作报告结构，年鉴宜按条目体直接记述事实`,
    };
    return [finding];
  },
};

// report-enumeration: work-report structure — enumeration markers 一是……二是…… used twice or more
// in one paragraph (each marker is reported). Source: 《地方综合年鉴编纂出版规定》(条目体, not 工作
// 总结体). Options: none. A suggestion. Traps: a marker counts only at a clause start (统一是,
// 唯一是, 第一是 are other words); a lone 一是 is not an enumeration; quotations stay silent.

import type { BlockRule, RawFinding } from '../../types';

const MARKER_RE = /(?<=^|[，。；：、！？,;:\s（(])([一二三四五六七八九十])是/g;

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
    if (!text.includes('二是')) return [];
    const markers: RawFinding[] = [];
    let hasFirst = false;
    let hasSecond = false;
    MARKER_RE.lastIndex = 0;
    for (let m = MARKER_RE.exec(text); m; m = MARKER_RE.exec(text)) {
      if (m[1] === '一') hasFirst = true;
      else if (m[1] === '二' && hasFirst) hasSecond = true;
      markers.push({
        start: m.index,
        end: m.index + 2,
        message: '“一是……二是……”是工作报告的写法，年鉴宜按条目体直接记述事实',
      });
    }
    return hasFirst && hasSecond ? markers : [];
  },
};

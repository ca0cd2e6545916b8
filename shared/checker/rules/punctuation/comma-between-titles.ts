// comma-between-titles: a 顿号 between consecutive 《》 or “” items (《甲》、《乙》).
// Source: GB/T 15834-2011 4.5.3 (标有引号或书名号的并列成分之间通常不用顿号) — "usually", hence a
// suggestion. Traps: only directly adjacent items; a 顿号 before ordinary words is right.

import type { BlockRule, RawFinding } from '../../types';

const BETWEEN = /[》”]、[《“]/g;

function check(text: string): RawFinding[] {
  if (text.indexOf('、') < 0) return [];
  const out: RawFinding[] = [];
  BETWEEN.lastIndex = 0;
  for (let m; (m = BETWEEN.exec(text)); ) {
    out.push({ start: m.index + 1, end: m.index + 2, message: '书名号或引号标示的并列成分之间通常不用顿号', fix: { text: '', safe: false } });
    BETWEEN.lastIndex = m.index + 1; // 《甲》、《乙》、《丙》 shares the middle title
  }
  return out;
}

/** 、 between 《》/“” items → none. */
export const commaBetweenTitles: BlockRule = {
  id: 'comma-between-titles',
  scope: 'block',
  severity: 'suggestion',
  weightClass: 'punctuation',
  source: 'GB/T 15834-2011 4.5.3',
  check,
};

// duplicate-punctuation: two adjacent marks of ，。；：、 (，， 。。 ，。), usually a typing slip.
// Source: GB/T 15834-2011 (each mark has one use at one place). Traps: 。。。 is a wrong ellipsis
// that ellipsis-form reports; the fix (drop the second) is suggested, never automatic.

import type { BlockRule, RawFinding } from '../../types';

const RUN = /[，。；：、]{2,}/g;

function check(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  RUN.lastIndex = 0;
  for (let m; (m = RUN.exec(text)); ) {
    const run = m[0];
    if (/^。{3,}$/.test(run)) continue; // ellipsis-form's
    out.push({
      start: m.index,
      end: m.index + run.length,
      message: `标点重复：“${run}”`,
      fix: { text: run[0], safe: false },
    });
  }
  return out;
}

/** Adjacent duplicate sentence/clause marks. */
export const duplicatePunctuation: BlockRule = {
  id: 'duplicate-punctuation',
  scope: 'block',
  severity: 'error',
  weightClass: 'punctuation',
  source: 'GB/T 15834-2011',
  check,
};

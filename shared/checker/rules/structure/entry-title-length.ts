// entry-title-length: an entry title longer than 20 characters (条目标题宜简短).
// Source: 编纂惯例 (provincial style manuals). Options: none. Traps: length counts characters as
// people do — code points, so a 生僻字 outside the BMP is one 字.

import type { TitleRule } from '../../types';
import { charLength } from '../../text';

const MAX_TITLE_CHARS = 20;

/** The entry-title-length rule (see the header). */
export const entryTitleLength: TitleRule = {
  id: 'entry-title-length',
  scope: 'title',
  severity: 'suggestion',
  weightClass: 'norm',
  source: '编纂惯例（条目标题宜简短）',
  check(title) {
    const n = charLength(title.trim());
    if (n <= MAX_TITLE_CHARS) return [];
    return [{ start: 0, end: title.length, message: `条目标题${n}字，超过${MAX_TITLE_CHARS}字，宜精简` }];
  },
};

// The ordered rule registry: every rule of rules.md, by category in the catalogue's order.
// The order decides which rule reports first when two findings share a range.

import type { Rule } from '../types';
import { punctuationRules } from './punctuation';
import { numberRules } from './numbers';
import { unitRules } from './units';
import { timeRules } from './time';
import { styleRules } from './style';
import { termRules } from './terms';
import { dataRules } from './data';
import { structureRules } from './structure';

/** All rules, in catalogue order (标点, 数字, 计量单位, 时间, 语体, 称谓, 数据, 条目). */
export const allRules: readonly Rule[] = [
  ...punctuationRules,
  ...numberRules,
  ...unitRules,
  ...timeRules,
  ...styleRules,
  ...termRules,
  ...dataRules,
  ...structureRules,
];

/** Rules by catalogue id. */
export const rulesById: ReadonlyMap<string, Rule> = new Map(allRules.map((r) => [r.id, r]));

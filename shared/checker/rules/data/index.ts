// The 数据 rules (rules.md §7: 知识性·逻辑性差错), in catalogue order.

import type { Rule } from '../../types';
import { percentageMismatch } from './percentage-mismatch';
import { partsExceedTotal } from './parts-exceed-total';
import { shareOver100 } from './share-over-100';

/** Data rules: percentage-mismatch, parts-exceed-total, share-over-100. */
export const dataRules: readonly Rule[] = [percentageMismatch, partsExceedTotal, shareOver100];

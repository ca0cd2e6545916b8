// The 时间要素 rules (rules.md §4), in catalogue order.

import type { Rule } from '../../types';
import { vagueTime } from './vague-time';
import { yearAfterRecordYear } from './year-after-record-year';
import { missingDate } from './missing-date';

/** Time rules: vague-time, year-after-record-year, missing-date. */
export const timeRules: readonly Rule[] = [vagueTime, yearAfterRecordYear, missingDate];

// Number rules (rules.md §2, GB/T 15835-2011; invalid-date and weekday-mismatch weigh as 知识性).

import type { Rule } from '../../types';
import { chineseNumeralForCount } from './chinese-numeral-for-count';
import { chinesePercent } from './chinese-percent';
import { twoDigitYear } from './two-digit-year';
import { chineseCalendarDate } from './chinese-calendar-date';
import { numericDateFormat } from './numeric-date-format';
import { rangeUnitOmitted } from './range-unit-omitted';
import { arabicInFixedTerm } from './arabic-in-fixed-term';
import { invalidDate } from './invalid-date';
import { weekdayMismatch } from './weekday-mismatch';

/** The number rules of rules.md §2. */
export const numberRules: Rule[] = [
  chineseNumeralForCount,
  chinesePercent,
  twoDigitYear,
  chineseCalendarDate,
  numericDateFormat,
  rangeUnitOmitted,
  arabicInFixedTerm,
  invalidDate,
  weekdayMismatch,
];

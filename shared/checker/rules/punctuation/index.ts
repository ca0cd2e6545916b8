// Punctuation rules (rules.md §1, GB/T 15834-2011), in catalogue order.

import type { Rule } from '../../types';
import { halfwidthPunctuation } from './halfwidth-punctuation';
import { straightQuotes } from './straight-quotes';
import { ellipsisForm } from './ellipsis-form';
import { duplicatePunctuation } from './duplicate-punctuation';
import { unpairedMarks } from './unpaired-marks';
import { rangeDash } from './range-dash';
import { approximateNumberComma } from './approximate-number-comma';
import { commaBetweenTitles } from './comma-between-titles';
import { straySpace } from './stray-space';
import { fullwidthAlphanumeric } from './fullwidth-alphanumeric';

/** The punctuation rules of rules.md §1. */
export const punctuationRules: Rule[] = [
  halfwidthPunctuation,
  straightQuotes,
  ellipsisForm,
  duplicatePunctuation,
  unpairedMarks,
  rangeDash,
  approximateNumberComma,
  commaBetweenTitles,
  straySpace,
  fullwidthAlphanumeric,
];

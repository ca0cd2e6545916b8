// The 条目 rules (rules.md §8), in catalogue order.

import type { Rule } from '../../types';
import { entryTitlePunctuation } from './entry-title-punctuation';
import { entryTitleLength } from './entry-title-length';
import { entryLengthBudget } from './entry-length-budget';
import { duplicateSentence } from './duplicate-sentence';
import { longSentence } from './long-sentence';

/** Structure rules: entry-title-punctuation, entry-title-length, entry-length-budget, duplicate-sentence, long-sentence. */
export const structureRules: readonly Rule[] = [entryTitlePunctuation, entryTitleLength, entryLengthBudget, duplicateSentence, longSentence];

export { sentenceKeys, normalizeSentence } from './sentences';

// The 称谓·简称 rules (rules.md §6), in catalogue order.

import type { Rule } from '../../types';
import { abbreviationBeforeFullName } from './abbreviation-before-full-name';
import { glossaryTerm } from './glossary-term';
import { commonTypo } from './common-typo';
import { traditionalCharacter } from './traditional-character';

/** Terms rules: abbreviation-before-full-name, glossary-term, common-typo, traditional-character. */
export const termRules: readonly Rule[] = [abbreviationBeforeFullName, glossaryTerm, commonTypo, traditionalCharacter];

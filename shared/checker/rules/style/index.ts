// The 语体 rules (rules.md §5: 述而不论), in catalogue order.

import type { Rule } from '../../types';
import { firstPerson } from './first-person';
import { evaluativeLanguage } from './evaluative-language';
import { planNotFact } from './plan-not-fact';
import { reportEnumeration } from './report-enumeration';

/** Style rules: first-person, evaluative-language, plan-not-fact, report-enumeration. */
export const styleRules: readonly Rule[] = [firstPerson, evaluativeLanguage, planNotFact, reportEnumeration];

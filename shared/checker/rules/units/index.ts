// The 计量单位 rules (rules.md §3), in catalogue order.

import type { Rule } from '../../types';
import { nonLegalUnit } from './non-legal-unit';
import { muArea } from './mu-area';
import { electricityDu } from './electricity-du';

/** Units rules: non-legal-unit, mu-area, electricity-du. */
export const unitRules: readonly Rule[] = [nonLegalUnit, muArea, electricityDu];

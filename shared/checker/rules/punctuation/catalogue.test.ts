// Every ✓ example of rules.md §1 must pass every punctuation rule, not only the rule it illustrates.
import { describe, expect, it } from 'vitest';
import { runRule } from '../../ruleTester';
import { punctuationRules } from './index';

const VALID = [
  '全年增长3.5%，网址为www.example.gov.cn。',
  '8:30开馆',
  '展出农具、服饰、乐器等……',
  '电话028-12345678',
  '型号CR400AF-Z',
  '5、6月份降水偏多',
  '三、四季度、一、二年级、第三、四次会议',
  '五六人',
  'Beijing Capital Airport',
  '执行GB/T 15834-2011和DB51/T 2000-2015标准，位于3-2-101室，见表1-3。',
];

describe('punctuation rules on the catalogue ✓ examples', () => {
  for (const text of VALID) {
    it(`✓ ${text}`, () => {
      const found = punctuationRules.flatMap((rule) => runRule(rule, text).map((f) => `${f.ruleId}:${f.text}`));
      expect(found).toEqual([]);
    });
  }
});

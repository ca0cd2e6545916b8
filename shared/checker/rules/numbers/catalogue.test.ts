// Every ✓ example of rules.md §2 must pass every number rule, not only the rule it illustrates.
import { describe, expect, it } from 'vitest';
import { runRule } from '../../ruleTester';
import { numberRules } from './index';

const VALID = [
  '三四个、十几个、七八十人',
  '党的二十大、“十四五”规划、第十五次会议、一是……二是……、第一季度、一次性、三星堆、九寨沟',
  '五条意见',
  '从教23年',
  '农历八月十五',
  '增长5%～8%',
  '2022年5月8日（星期日）',
  '全年办理人大代表建议96件；政协提案112件。',
  '全年新建住宅小区的业主满意度调查覆盖率达到100%。',
];

describe('number rules on the catalogue ✓ examples', () => {
  for (const text of VALID) {
    it(`✓ ${text}`, () => {
      const found = numberRules.flatMap((rule) => runRule(rule, text).map((f) => `${f.ruleId}:${f.text}`));
      expect(found).toEqual([]);
    });
  }
});

import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../ruleTester';
import { duplicateSentence } from './duplicate-sentence';
import { sentenceKeys } from './sentences';

const s1 = '全年新建农村公路186千米，改造危桥12座。';
const others = new Map([
  ['全区新增城镇就业岗位8600个，城镇登记失业率控制在3%以内', '就业'],
  ['县城至机场快速通道建成通车，全长32千米', '大事记'],
]);

ruleTester(duplicateSentence, {
  valid: [
    s1,
    '全年举办培训6期。全年举办培训6期。',
    { text: `${s1}\n${s1}`, kind: 'tableCell' },
    { text: '县城至机场快速通道建成通车，全长32千米。', context: { otherEntrySentences: others } },
  ],
  invalid: [
    { text: `${s1}〖${s1}〗` },
    { text: `${s1}\n〖全年新建农村公路 186千米，改造危桥12座。〗` },
    { text: '〖全区新增城镇就业岗位8600个，城镇登记失业率控制在3%以内。〗', context: { otherEntrySentences: others } },
  ],
});

describe('sentenceKeys', () => {
  it('gives the keys other entries are compared by', () => {
    expect(sentenceKeys(`${s1}短句。`)).toEqual(['全年新建农村公路186千米，改造危桥12座']);
  });
});

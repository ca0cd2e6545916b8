import { ruleTester } from '../../ruleTester';
import type { Glossary } from '../../types';
import { glossaryTerm } from './glossary-term';

const glossary: Glossary = {
  terms: [
    { full: '区规划和自然资源局', abbreviations: ['区规自局'], avoid: ['区国土资源局', '国土局'] },
    { full: '国土局遗址公园', abbreviations: [], avoid: [] },
  ],
};
const context = { glossary };

ruleTester(glossaryTerm, {
  valid: [
    { text: '区规划和自然资源局完成确权登记。', context },
    { text: '区国土资源局完成确权登记。' },
    { text: '整理《区国土资源局志》。', context },
    { text: '游览国土局遗址公园。', context },
  ],
  invalid: [
    { text: '〖区国土资源局〗完成确权登记。', fix: '区规划和自然资源局', safe: false, context },
    { text: '〖国土局〗召开会议。', context },
  ],
});

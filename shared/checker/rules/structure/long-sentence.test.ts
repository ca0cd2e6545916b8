import { ruleTester } from '../../ruleTester';
import { longSentence } from './long-sentence';

const clause = '组织开展城乡环境综合治理，';
const long = `${clause.repeat(9)}完成改造。`; // 9 × 13 + 5 = 122 characters
const ok = `${clause.repeat(8)}完成改造。`;

ruleTester(longSentence, {
  valid: [ok, `${ok}${ok}`, { text: long, kind: 'tableCell' }],
  invalid: [
    { text: `〖${long}〗` },
    { text: `${ok}〖${long}〗` },
    { text: `〖${clause.repeat(4)}完成改造；${clause.repeat(5)}完成改造。〗` },
  ],
});

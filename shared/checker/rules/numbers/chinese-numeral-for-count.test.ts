import { ruleTester } from '../../ruleTester';
import { chineseNumeralForCount } from './chinese-numeral-for-count';

ruleTester(chineseNumeralForCount, {
  valid: [
    '三四个、十几个、七八十人',
    '党的二十大、“十四五”规划、第十五次会议、一是……二是……、第一季度、一次性、三星堆、九寨沟',
    '五条意见',
    '全年有十几家企业入驻园区。',
    '二十四节气',
    '这项工作十分重要',
    '千家万户',
    '上世纪六十年代',
    '庆祝建国七十周年',
    '一百多个村',
    '三十余人',
    '二〇二二年',
    '出版《一百二十个故事》',
    { text: '一百二十六所', kind: 'tableCell' },
  ],
  invalid: [
    { text: '全市有普通中学〖一百零八所〗', fix: '108所', safe: false },
    { text: '全区共有幼儿园〖八十七所〗。' },
    { text: '筹资〖三千五百万元〗', fix: '3500万元' },
    { text: '新建〖二十三个〗项目' },
    { text: '全天〖二十四小时〗开放', fix: '24小时' },
    { text: '〖两百人〗参加', fix: '200人' },
  ],
});

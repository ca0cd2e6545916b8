import { ruleTester } from '../../ruleTester';
import { arabicInFixedTerm } from './arabic-in-fixed-term';

ruleTester(arabicInFixedTerm, {
  valid: ['学习党的二十大精神', '“十四五”规划', '出台8项规定', '共有4个全面建成的示范点'.replace('全面', '试点'), '三严三实'],
  invalid: [
    { text: '学习〖党的20大〗精神', fix: '党的二十大', safe: true },
    { text: '组织学习〖党的20大〗报告。' },
    { text: '“〖十4五〗”规划', fix: '十四五' },
    { text: '〖3严3实〗', fix: '三严三实' },
    { text: '落实〖中央8项规定〗精神', fix: '中央八项规定' },
    { text: '协调推进〖4个全面〗战略布局', fix: '四个全面' },
    { text: '〖5位一体〗总体布局', fix: '五位一体' },
  ],
});

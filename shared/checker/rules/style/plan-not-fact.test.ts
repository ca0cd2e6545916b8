import { ruleTester } from '../../ruleTester';
import { planNotFact } from './plan-not-fact';

ruleTester(planNotFact, {
  valid: [
    '区委高度重视垃圾分类工作',
    '2023年9月，下一步骤的试点启动。',
    '项目计划于2023年5月开工，当月开工。',
    '他表示：“下一步，将扩大试点范围。”',
    '全年完成造林1.2万亩。',
  ],
  invalid: [
    { text: '〖下一步〗，将扩大试点范围。', fix: null },
    { text: '〖下一步〗，将在全县推广该经验。' },
    { text: '分析存在的问题，提出〖下一步〗努力方向。' },
    { text: '省地方志办〖将继续〗深化年鉴质量意识，〖努力实现〗年鉴强省转变。' },
    { text: '〖今后〗要〖力争〗全覆盖。' },
    { text: '大桥〖计划于〗2024年通车。' },
  ],
});

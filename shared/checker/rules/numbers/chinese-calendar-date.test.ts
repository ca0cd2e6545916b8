import { ruleTester } from '../../ruleTester';
import { chineseCalendarDate } from './chinese-calendar-date';

ruleTester(chineseCalendarDate, {
  valid: ['农历八月十五', '农历正月初一', '腊月二十三', '农历正月十五，各乡镇举办灯会。', '甲辰年', '2022年6月1日', '《二〇二二年政府工作报告》'],
  invalid: [
    { text: '〖二〇二二年五月八日〗', fix: '2022年5月8日', safe: true },
    { text: '〖二〇二三年十月八日〗，县城至机场快速通道通车。' },
    { text: '〖二○二二年六月一日〗' },
    { text: '〖二〇二二年〗', fix: '2022年' },
  ],
});

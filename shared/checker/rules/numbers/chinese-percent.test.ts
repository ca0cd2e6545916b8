import { ruleTester } from '../../ruleTester';
import { chinesePercent } from './chinese-percent';

ruleTester(chinesePercent, {
  valid: ['增长8%', '百分之百满意', '《百分之八的奇迹》'],
  invalid: [
    { text: '增长〖百分之六〗', fix: '6%', safe: true },
    { text: '占〖百分之四十二点五〗', fix: '42.5%' },
    { text: '城镇化率提高〖百分之一点二〗。', fix: '1.2%' },
  ],
});

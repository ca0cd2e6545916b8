import { ruleTester } from '../../ruleTester';
import { fullwidthAlphanumeric } from './fullwidth-alphanumeric';

ruleTester(fullwidthAlphanumeric, {
  valid: ['2022年GDP增长', '全角标点，没有问题。'],
  invalid: [
    { text: '〖２０２２〗年.', fix: '2022', safe: true },
    { text: '参保人数达到〖４２〗万人。' },
    { text: '〖ＧＤＰ〗增长' },
  ],
});

import { ruleTester } from '../../ruleTester';
import { rangeUnitOmitted } from './range-unit-omitted';

ruleTester(rangeUnitOmitted, {
  valid: ['增长5%～8%', '投资3万～5万元', '2021-2023年'],
  invalid: [
    { text: '增长〖5～8%〗', fix: '5%～8%', safe: true },
    { text: '增长〖10～15%〗' },
    { text: '投资〖3～5万〗元', fix: '3万～5万' },
    { text: '投资〖3-5亿〗元', fix: '3亿～5亿', safe: false },
    { text: '农民人均可支配收入增长〖6～9%〗。' },
  ],
});

import { ruleTester } from '../../ruleTester';
import { rangeDash } from './range-dash';

ruleTester(rangeDash, {
  valid: [
    '电话028-12345678',
    '联系电话0813-2201234。',
    '型号CR400AF-Z',
    '执行GB/T 15834-2011标准',
    '依据DB51/T 2000-2015规范',
    '位于3-2-101室',
    '见表1-3',
    '2022-06-01起施行',
    '2021—2023年累计投入',
  ],
  invalid: [
    { text: '〖2019-2023〗年累计投入', fix: '2019—2023', safe: false },
    { text: '〖2020-2022〗年，累计改造农村公路186千米。' },
    { text: '气温〖10~15〗摄氏度', fix: '10～15' },
    { text: '〖1-6〗月，全区完成投资', fix: '1—6' },
    { text: '年龄〖10-15〗岁', fix: '10～15' },
  ],
});

import { ruleTester } from '../../ruleTester';
import { twoDigitYear } from './two-digit-year';

ruleTester(twoDigitYear, {
  valid: ['从教23年', '他在基层工作了22年。', '2023年5月', '工作22年12个月'],
  invalid: [
    { text: '项目于〖19年〗10月开工', fix: '2019年', safe: false },
    { text: '大桥于〖22年〗12月合龙。', fix: '2022年' },
    { text: '〖23年〗5月', fix: '2023年' },
    { text: '举办〖’23〗文化节', fix: '2023年' },
    { text: '〖98年〗5月建成', fix: '1998年' },
  ],
});

import { ruleTester } from '../../ruleTester';
import { numericDateFormat } from './numeric-date-format';

ruleTester(numericDateFormat, {
  valid: ['2022年5月8日', '版本V2022.5.8', '增长2.5%', { text: '2022-05-08', kind: 'tableCell' }, '地址192.168.1.1'],
  invalid: [
    { text: '〖2022.5.8〗', fix: '2022年5月8日', safe: true },
    { text: '〖2022-06-01〗起施行', fix: '2022年6月1日' },
    { text: '〖2023/7/1〗起施行新的收费标准。', fix: '2023年7月1日' },
  ],
});

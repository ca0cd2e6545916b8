import { ruleTester } from '../../ruleTester';
import { invalidDate } from './invalid-date';

ruleTester(invalidDate, {
  valid: ['2024年2月29日', '2月29日', '12个月', '2023年4月30日', '共13个月'],
  invalid: [
    { text: '〖2023年2月29日〗' },
    { text: '〖2月30日〗' },
    { text: '〖4月31日〗' },
    { text: '〖2023年13月〗' },
    { text: '〖2023年6月31日〗，县政务服务中心新大厅启用。' },
  ],
});

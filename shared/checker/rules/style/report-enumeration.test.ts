import { ruleTester } from '../../ruleTester';
import { reportEnumeration } from './report-enumeration';

ruleTester(reportEnumeration, {
  valid: [
    '坚持全市统一是前提，唯一是关键。',
    '全年完成造林1.2万亩。',
    '重点抓好一项工作：一是完善制度。',
    '局长说：“一是完善制度，二是加强培训。”',
  ],
  invalid: [
    { text: '全年重点抓好两项工作：〖一是〗完善制度，〖二是〗加强培训。' },
    { text: '〖一是〗完善制度；〖二是〗加强培训；〖三是〗强化考核。' },
  ],
});

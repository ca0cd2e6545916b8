import { ruleTester } from '../../ruleTester';
import { reportEnumeration } from './report-enumeration';

ruleTester(reportEnumeration, {
  valid: [
    '全年重点抓好两项工作：一是完善制度，二是加强培训。',
    '坚持全市统一是前提。',
    '全年完成造林1.2万亩。',
  ],
  invalid: [
    {
      text: '加强队伍建设：一是完善制度，二是加强培训。推进信息化：一是建设平台，二是开发应用。',
      flagged: '一是完善制度，二是加强培训。推进信息化：一是建设平台，二是',
    },
  ],
});

import { ruleTester } from '../../ruleTester';
import { ellipsisForm } from './ellipsis-form';

ruleTester(ellipsisForm, {
  valid: ['展出农具、服饰、乐器等……', '长期位居全市前十…………', 'Wait... what', '数值为1.5'],
  invalid: [
    { text: '共收录图片、音频、视频〖。。。〗', fix: '……', safe: true },
    { text: '新建游步道、观景台、停车场〖...〗', fix: '……' },
    { text: '农具、服饰〖…〗', fix: '……' },
    { text: '农具、服饰〖···〗' },
  ],
});

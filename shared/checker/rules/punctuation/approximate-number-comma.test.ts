import { ruleTester } from '../../ruleTester';
import { approximateNumberComma } from './approximate-number-comma';

ruleTester(approximateNumberComma, {
  valid: [
    '5、6月份降水偏多',
    '三、四季度',
    '一、二年级',
    '第三、四次会议',
    '五六人',
    '一、二等奖',
    '一、二、三产业',
    '第1、2名',
    '获得第一、二、三名',
    '一、二、三名选手',
    '三、四季度、一、二年级、第三、四次会议',
  ],
  invalid: [
    { text: '每组〖五、六〗人', fix: '五六', safe: false },
    { text: '每支队伍由〖八、九〗名队员组成。' },
    { text: '年龄〖十六、七〗岁' },
    { text: '约〖三、四〗百人' },
    { text: '〖六、七〗十年代' },
    { text: '年龄〖27、8〗岁', fix: null },
  ],
});

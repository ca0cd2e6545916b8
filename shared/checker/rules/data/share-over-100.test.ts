import { ruleTester } from '../../ruleTester';
import { shareOver100 } from './share-over-100';

ruleTester(shareOver100, {
  valid: [
    '全年完成固定资产投资同比增长12.5%，占年度目标的105%。',
    '共有干部120人，其中女干部45人、少数民族干部30人、大专以上学历95人',
    '全省91部获奖，其中市级41部，占45%',
'销售收入增长120%。', '第三产业增加值占地区生产总值的100%。', '占45.5%。'],
  invalid: [{ text: '城镇人口占总人口的〖102.5%〗。' }, { text: '占比〖120%〗' }],
});

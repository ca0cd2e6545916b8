import { ruleTester } from '../../ruleTester';
import { yearAfterRecordYear } from './year-after-record-year';

ruleTester(yearAfterRecordYear, {
  valid: [
    '到2025年，建成……',
    '年初、年末、年内、全年、上半年',
    '到2025年，建成区域性物流中心。',
    '预计2024年6月竣工。',
    '计划2025年完成全部改造。',
    '力争2024年底前通车。',
    '制定《成都市“十四五”规划（2021—2025年）》。',
    '2021—2025年累计投入10亿元。',
    '2023年5月，大桥通车。',
    '确保2024年完成验收。',
    { text: '2024年3月，大桥通车。', context: { recordYear: 2024 } },
  ],
  invalid: [
    { text: '〖2024年〗3月，大桥建成通车。', fix: null },
    { text: '项目于〖2025年〗1月投入使用。' },
  ],
});

import { ruleTester } from '../../ruleTester';
import { electricityDu } from './electricity-du';

ruleTester(electricityDu, {
  valid: [
    '公里、公斤、吨、平方米、公顷',
    '尺度、尺寸',
    '全年发电3.2亿千瓦时。',
    '最高气温38度。',
    '电热水器温度设定为55度。',
    '坡度25度以上的耕地退耕还林。',
    '2023年度用电量稳步增长。',
    '一度电力供应紧张。',
    '第三季度售电量增长。',
  ],
  invalid: [
    { text: '发电〖3.2亿度〗。', fix: '3.2亿千瓦时', safe: false },
    { text: '全年用电量〖4.6亿度〗。' },
    { text: '节约〖120万度电〗。', fix: '120万千瓦时' },
  ],
});

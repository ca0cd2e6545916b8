import { ruleTester } from '../../ruleTester';
import { straySpace } from './stray-space';

ruleTester(straySpace, {
  valid: [
    'Beijing Capital Airport',
    '王　刚、李　明、张小红',
    '发出《关于进一步深化质量意识 提升年鉴质量的函》',
    { text: '表1 2023年主要指标', kind: 'tableCaption' },
    { text: '12 万元', kind: 'tableCell' },
    '使用 Windows 系统',
    '回顾梳理明方向 凝心聚力再出发',
  ],
  invalid: [
    { text: '2022年〖 〗8月', fix: '', safe: true },
    { text: '全县有〖 〗3个街道、12个镇。' },
    { text: '向〖 〗21个市（州）发出' },
    { text: '省地方志〖 〗办' },
    { text: '《甲〖 〗志》' },
    { text: '《关于〖 〗进一步的函》' },
    { text: '〖  〗全年完成' },
  ],
});

import { ruleTester } from '../../ruleTester';
import { evaluativeLanguage } from './evaluative-language';

ruleTester(evaluativeLanguage, {
  valid: [
    '全年开展垃圾分类宣传120场次。',
    '他说：“这项工作取得了显著成效。”',
    '出版《蓬勃发展的青白江》一书。',
    '重视程度不够，问题整改不到位。',
    '飞机在天空前方盘旋。',
    '总结在加强年鉴质量建设方面取得的成效、分析存在的问题。',
  ],
  invalid: [
    { text: '区委〖高度重视〗垃圾分类工作。', fix: null },
    { text: '工作取得〖显著成效〗。' },
    { text: '全年文化惠民工作〖成效显著〗。' },
    { text: '演出深受群众欢迎，〖反响强烈〗。' },
    { text: '垃圾分类工作〖取得了明显成效〗。' },
    { text: '成绩〖有目共睹〗，问题不容忽视。' },
    { text: '规模〖空前〗，盛况〖空前〗绝后。' },
    { text: '近年来，省地方志办〖高度重视〗人才队伍建设。' },
    { text: '多措并举提升质量，年鉴质量建设〖成效显著〗' },
  ],
});

import { ruleTester } from '../../ruleTester';
import { halfwidthPunctuation } from './halfwidth-punctuation';

ruleTester(halfwidthPunctuation, {
  valid: [
    '全年增长3.5%，网址为www.example.gov.cn。',
    '8:30开馆',
    '1.经济运行',
    '概况：1.经济运行平稳；2.财政收入增长',
    '下载《实施方案》附件方案.docx',
    '邮箱为office@example.gov.cn，欢迎来信',
    '升级到V2.0版本',
    'See Beijing, China.',
    '比分3:1',
    '3.15晚会',
    '展出农具、服饰、乐器等……',
  ],
  invalid: [
    { text: '会议由区长主持〖,〗全体委员出席〖.〗', fix: '，' },
    { text: '全年举办培训班6期〖,〗培训人员480人次。', fix: '，', safe: true },
    { text: '他说〖:〗好', fix: '：' },
    { text: '区长出席〖.〗随后', fix: '。', safe: true },
    { text: '编印《某志〖(〗2020〖)〗》', fix: '（', safe: false },
    { text: '是否合格〖?〗', fix: '？' },
    { text: '一〖.〗概况', fix: '、', safe: false },
  ],
});

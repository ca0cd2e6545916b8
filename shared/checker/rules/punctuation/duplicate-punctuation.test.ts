import { ruleTester } from '../../ruleTester';
import { duplicatePunctuation } from './duplicate-punctuation';

ruleTester(duplicatePunctuation, {
  valid: ['全年受理投诉42件，办结42件。', '共收录图片、音频、视频。。。'],
  invalid: [
    { text: '全年受理投诉42件〖，，〗办结42件', fix: '，', safe: false },
    { text: '全年检查企业215家〖。。〗' },
    { text: '完成任务〖，。〗' },
  ],
});

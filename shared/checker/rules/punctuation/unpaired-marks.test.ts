import { ruleTester } from '../../ruleTester';
import { unpairedMarks } from './unpaired-marks';

ruleTester(unpairedMarks, {
  valid: [
    '《某某志（2020）》出版',
    '他说：“要把‘好事’办实。”',
    '1）全面完成任务',
    '【特别关注】〔2023〕5号',
  ],
  invalid: [
    { text: '〖《〗某某志（2020）出版' },
    { text: '编印〖（〗区情手册（2023）一书。' },
    { text: '某某志〖》〗出版' },
    { text: '印发《方案〖（〗试行》' },
  ],
});

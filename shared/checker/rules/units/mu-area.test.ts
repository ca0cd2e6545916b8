import { ruleTester } from '../../ruleTester';
import { muArea } from './mu-area';

ruleTester(muArea, {
  valid: [
    '公里、公斤、吨、平方米、公顷',
    '七里河区、三里屯、一两个月、三尺讲台、寸土寸金',
'水稻亩产达到650公斤。', '建成万亩良田示范片。', '每亩补贴120元。', '造林面积800公顷。'],
  invalid: [
    { text: '完成造林〖1.2万亩〗。', fix: '800公顷' },
    { text: '流转土地〖300亩〗。', fix: '20公顷', safe: false },
    { text: '流转土地〖1,200亩〗。', fix: '80公顷' },
    { text: '单位：〖万亩〗', kind: 'tableUnit' },
    { text: '新增高标准农田〖一千五百亩〗。', fix: '100公顷' },
  ],
});

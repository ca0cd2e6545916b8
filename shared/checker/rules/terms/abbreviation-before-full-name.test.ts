import { ruleTester } from '../../ruleTester';
import type { Glossary } from '../../types';
import { abbreviationBeforeFullName } from './abbreviation-before-full-name';

const glossary: Glossary = {
  terms: [
    { full: '四川省地方志工作办公室', abbreviations: ['省地方志办'], avoid: [] },
    { full: '成都市青白江区人民政府', abbreviations: ['区政府'], avoid: [] },
  ],
};
const context = { glossary };

ruleTester(abbreviationBeforeFullName, {
  valid: [
    { text: '四川省地方志工作办公室（以下简称省地方志办）印发通知，省地方志办组织审查。', context },
    { text: '四川省地方志工作办公室成立。\n省地方志办组织审查。', context },
    { text: '省地方志办组织审查。' },
    { text: '印发《省地方志办工作规则》。四川省地方志工作办公室组织审查。', context },
  ],
  invalid: [
    {
      text: '〖省地方志办〗点对点向21个市（州）发出函，省地方志办组织审查。',
      fix: '四川省地方志工作办公室（以下简称省地方志办）',
      safe: false,
      context,
    },
    { text: '〖区政府〗召开常务会议。\n成都市青白江区人民政府印发通知。', context },
    {
      text: '10月中旬，〖省地方志办〗点对点向 21个市（州）发出《关于进一步深化质量意识 提升年鉴质量的函》。\n下一步，省地方志办将继续深化年鉴质量意识。',
      context,
    },
  ],
});

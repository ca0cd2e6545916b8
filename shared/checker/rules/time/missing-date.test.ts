import { ruleTester } from '../../ruleTester';
import { missingDate } from './missing-date';

const filler = '县图书馆开展全民阅读推广活动，组织读书分享会、亲子阅读和送书下乡，服务基层群众，惠及城乡读者。';
const long = filler.repeat(3);

ruleTester(missingDate, {
  valid: [
    filler,
    `2023年，${long}`,
    `全年${long}`,
    `${long}（2023）`,
    `${long}2023-05`,
    `${long}\n5月，举办读书节。`,
    `${long}上半年完成。`,
  ],
  invalid: [
    { text: `〖全县有学生2000人。〗${filler}${filler}${filler}` },{ text: `〖${filler}〗${filler}${filler}` }, { text: `〖${filler}〗\n${filler}${filler}` }],
});

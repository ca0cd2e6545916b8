import { ruleTester } from '../../ruleTester';
import { commaBetweenTitles } from './comma-between-titles';

ruleTester(commaBetweenTitles, {
  valid: ['《甲志》《乙志》', '《甲志》、地图、画册'],
  invalid: [
    { text: '《甲志》〖、〗《乙志》', fix: '' },
    { text: '开展“书香社区”〖、〗“平安校园”〖、〗“文明家庭”评选' },
  ],
});

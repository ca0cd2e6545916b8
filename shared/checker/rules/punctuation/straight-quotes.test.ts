import { ruleTester } from '../../ruleTester';
import { straightQuotes } from './straight-quotes';

ruleTester(straightQuotes, {
  valid: ['发布“平安校园”创建标准', 'He said "yes" and it\'s fine.'],
  invalid: [
    { text: '发布〖"〗平安校园〖"〗创建标准', fix: '“', safe: true },
    { text: '开展〖"〗书香社区〖"〗评选活动。' },
    { text: "所谓〖'〗三改〖'〗", fix: '‘' },
  ],
});

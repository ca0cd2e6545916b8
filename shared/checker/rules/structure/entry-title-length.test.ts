import { ruleTester } from '../../ruleTester';
import { entryTitleLength } from './entry-title-length';

ruleTester(entryTitleLength, {
  valid: ['城乡居民医疗保险', '一二三四五六七八九十一二三四五六七八九十', '𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀'],
  invalid: [{ text: '〖全区城乡居民基本医疗保险参保缴费工作全面完成任务〗' }],
});

import { ruleTester } from '../../ruleTester';
import { entryTitlePunctuation } from './entry-title-punctuation';

ruleTester(entryTitlePunctuation, {
  valid: ['城乡居民医疗保险', '《青白江年鉴》编纂出版', '“书香社区”评选', '中国—东盟博览会参展', '2022年5.12纪念活动', '马克·吐温作品展'],
  invalid: [
    { text: '垃圾分类〖，〗成效明显' },
    { text: '医疗保险〖（〗城乡居民〖）〗' },
    { text: '农村公路建设〖。〗' },
    { text: '招商引资〖:〗重点项目' },
  ],
});

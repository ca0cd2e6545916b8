import { ruleTester } from '../../ruleTester';
import { entryLengthBudget } from './entry-length-budget';

const ten = '全年举办培训班六期。';

ruleTester(entryLengthBudget, {
  valid: [
    ten.repeat(12),
    { text: ten.repeat(12), context: { plannedLength: 100 } },
    { text: ten.repeat(4), context: { plannedLength: 100 } },
    { text: ten.repeat(5), context: { plannedLength: 100, submitted: true } },
  ],
  invalid: [
    { text: `${ten.repeat(12)}〖${ten}〗`, context: { plannedLength: 100 } },
    { text: `${ten.repeat(6)}\n${ten.repeat(6)}〖${ten}〗`, context: { plannedLength: 100 } },
    { text: `〖${ten.repeat(4)}〗`, context: { plannedLength: 100, submitted: true } },
  ],
});

import { ruleTester } from '../../ruleTester';
import { weekdayMismatch } from './weekday-mismatch';

ruleTester(weekdayMismatch, {
  valid: ['2022年5月8日（星期日）', '2023年3月12日（星期日）', '2023年10月8日（星期日）', '5月8日（周一）'],
  invalid: [
    { text: '〖2022年5月8日（星期一）〗', fix: '2022年5月8日（星期日）', safe: false },
    { text: '〖2023年3月12日（星期一）〗' },
    { text: '〖2023年10月8日（星期五）〗，县城至机场快速通道通车。' },
    { text: '〖5月8日（周日）〗', context: { recordYear: 2023 }, fix: '5月8日（周一）' },
  ],
});

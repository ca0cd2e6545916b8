// Arabic-numeral dates in running text (2023年2月29日, 5月8日), shared by invalid-date and
// weekday-mismatch: one pattern, with the year optional.

/** 2023年2月29日 / 2月29日 / 2023年13月, with an optional weekday in brackets after the day. */
export const ARABIC_DATE = /(?<![\d.])(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?(?:\s*[（(]?\s*(?:星期|周|礼拜)([一二三四五六日天])\s*[）)]?)?/g;

/** Days in a month; February has 29 when the year is unknown or a leap year. */
export function daysInMonth(month: number, year: number | null): number {
  if (month === 2) return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** 星期 names by getUTCDay(). */
export const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

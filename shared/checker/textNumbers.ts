// Chinese numerals for the number rules: the characters they are written with, and their value
// (一百二十六 → 126, 三千五百万 → 35000000, 四十二点五 → 42.5, 二〇二二 → 2022 read digit by digit).

/** Digits 0–9 as Chinese numerals (both 〇 and the look-alike ○, 两 and 俩 for 2). */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, '○': 0, Ｏ: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};

/** Units within a section (十 百 千) and section magnitudes (万 亿). */
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** A regex character class body of every character a Chinese numeral may use (no 点). */
export const CHINESE_NUMERAL_CHARS = '零〇○一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟';

function parseInteger(s: string): number | null {
  if (s === '') return null;
  // Digit by digit (二〇二二, 一九九八) when no unit character appears; two digits without a zero
  // (三四, 七八) are an approximation, not a number.
  if (!/[十拾百佰千仟万亿]/.test(s)) {
    if (s.length === 1) return CHINESE_DIGITS[s] ?? null;
    if (s.length === 2 && !/[零〇○Ｏ]/.test(s)) return null;
    let v = 0;
    for (const ch of s) {
      const d = CHINESE_DIGITS[ch];
      if (d === undefined) return null;
      v = v * 10 + d;
    }
    return v;
  }
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of s) {
    const d = CHINESE_DIGITS[ch];
    if (d !== undefined) {
      if (digit > 0) return null; // two digits in a row with units around: 一二百 is an approximation
      digit = d;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      // 十 alone at the start of a section means 一十.
      section += (digit < 0 ? 1 : digit) * small;
      digit = -1;
      continue;
    }
    const big = BIG_UNITS[ch];
    if (big !== undefined) {
      section += digit > 0 ? digit : 0;
      if (section === 0 && total === 0) return null;
      total = (total + section) * big;
      section = 0;
      digit = -1;
      continue;
    }
    return null;
  }
  return total + section + (digit > 0 ? digit : 0);
}

/**
 * The value of a Chinese numeral, or null when `s` is not one (or is an approximation such as
 * 三四 or 十几). Handles 十/百/千/万/亿 with 零, a leading 十, a decimal part after 点, and
 * digit-by-digit forms (二〇二二 → 2022).
 */
export function parseChineseNumber(s: string): number | null {
  const dot = s.indexOf('点');
  if (dot < 0) return parseInteger(s);
  const intPart = parseInteger(s.slice(0, dot));
  const frac = s.slice(dot + 1);
  if (intPart === null || frac === '') return null;
  let digits = '';
  for (const ch of frac) {
    const d = CHINESE_DIGITS[ch];
    if (d === undefined || ch === '两') return null;
    digits += String(d);
  }
  return Number(`${intPart}.${digits}`);
}

/** Full-width digits and Latin letters to half-width (０→0, Ａ→A). */
export function toHalfwidthAlnum(s: string): string {
  return s.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

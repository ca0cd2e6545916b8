// non-legal-unit: non-statutory units of measurement after a number (公分, 市斤, 英尺, 12万斤 …).
// Source: GB 3100~3102-1993 and 《中华人民共和国法定计量单位》; 细则 weighs a unit error 0.5.
// Options: none. Traps: the one-character units 斤 两 担 里 尺 寸 丈 count only after Arabic digits
// (七里河区, 三尺讲台, 一两个月 are names and idioms) and never when a place name or idiom goes on
// (3里屯, 1寸照片, 2担任); 大卡车 and 磅秤 are not units. A table's unit line (单位：万斤) is read
// without numbers.

import type { BlockRule, Fix, RawFinding } from '../../types';

interface LegalUnit {
  /** The statutory unit to write instead. */
  legal: string;
  /** Value of one old unit in the legal unit (null: not a plain factor, e.g. 华氏度). */
  factor: number | null;
}

/** Old unit → statutory unit, with the conversion factor used for the suggested fix. */
const UNITS: Readonly<Record<string, LegalUnit>> = {
  公分: { legal: '厘米', factor: 1 },
  公尺: { legal: '米', factor: 1 },
  公升: { legal: '升', factor: 1 },
  市斤: { legal: '千克', factor: 0.5 },
  华里: { legal: '千米', factor: 0.5 },
  英尺: { legal: '米', factor: 0.3048 },
  英寸: { legal: '厘米', factor: 2.54 },
  英里: { legal: '千米', factor: 1.609344 },
  磅: { legal: '千克', factor: 0.45359237 },
  马力: { legal: '千瓦', factor: 0.7355 },
  大卡: { legal: '千焦', factor: 4.1868 },
  卡路里: { legal: '焦耳', factor: 4.1868 },
  华氏度: { legal: '摄氏度', factor: null },
  斤: { legal: '千克', factor: 0.5 },
  两: { legal: '克', factor: 50 },
  担: { legal: '千克', factor: 50 },
  里: { legal: '千米', factor: 0.5 },
  尺: { legal: '米', factor: 1 / 3 },
  寸: { legal: '厘米', factor: 10 / 3 },
  丈: { legal: '米', factor: 10 / 3 },
};

/** An Arabic number, thousands may be grouped with commas (1,200). */
const ARABIC = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const CHINESE = '[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?';

/** Multi-character units after any number (Arabic or Chinese). */
const LONG_UNIT_RE = new RegExp(
  `(?<![\\d,.])(${ARABIC}|${CHINESE})(万|亿)?(多|余)?(公分|公尺|公升|市斤|华里|英尺|英寸|英里|卡路里|华氏度|马力|大卡|磅)(?![车秤礴])`,
  'g',
);

/** One-character units only after Arabic digits, not followed by a place-name or idiom character. */
const SHORT_UNIT_RE = new RegExp(
  `(?<![第\\dA-Za-z.,])(${ARABIC})(万|亿)?(多|余)?([斤两担里尺寸丈])(?![村铺屯坡河桥街镇乡沟湾堡庄营寨区县市州巷口店坪塘岗峪寺园洞山庙关墩程任负心保当忧纲照相度码个免彩蓝红白证])`,
  'g',
);

/** In a table's unit line (单位：万斤) the unit stands without a number. */
const TABLE_UNIT_RE = /(?<!公)(万|亿)?(?<!公)(公分|公尺|公升|市斤|华里|英尺|英寸|英里|卡路里|华氏度|马力|大卡|磅|斤|担)/g;

function formatNumber(v: number): string {
  return String(Number(v.toPrecision(4)));
}

function fixFor(num: string, magnitude: string, approx: string, unit: string): Fix | undefined {
  const u = UNITS[unit];
  if (!u || u.factor === null || approx) return undefined;
  if (u.factor === 1) return { text: `${num}${magnitude}${u.legal}`, safe: true };
  if (!/^\d/.test(num)) return undefined;
  return { text: `${formatNumber(Number(num.replace(/,/g, '')) * u.factor)}${magnitude}${u.legal}`, safe: false };
}

function collect(re: RegExp, text: string, out: RawFinding[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [all, num, magnitude = '', approx = '', unit] = m;
    const u = UNITS[unit];
    const finding: RawFinding = {
      start: m.index,
      end: m.index + all.length,
      message: `“${unit}”不是法定计量单位，应改用“${u.legal}”`,
    };
    const fix = fixFor(num, magnitude, approx, unit);
    if (fix) finding.fix = fix;
    out.push(finding);
  }
}

/** The non-legal-unit rule (see the header). */
export const nonLegalUnit: BlockRule = {
  id: 'non-legal-unit',
  scope: 'block',
  severity: 'error',
  weightClass: 'unit',
  source: 'GB 3100~3102-1993；《中华人民共和国法定计量单位》',
  silentIn: ['bookTitle'],
  check(text, kind) {
    const out: RawFinding[] = [];
    if (kind === 'tableUnit') {
      TABLE_UNIT_RE.lastIndex = 0;
      for (let m = TABLE_UNIT_RE.exec(text); m; m = TABLE_UNIT_RE.exec(text)) {
        const u = UNITS[m[2]];
        out.push({ start: m.index, end: m.index + m[0].length, message: `“${m[2]}”不是法定计量单位，应改用“${u.legal}”` });
      }
      return out;
    }
    collect(LONG_UNIT_RE, text, out);
    collect(SHORT_UNIT_RE, text, out);
    if (out.length > 1) out.sort((a, b) => a.start - b.start);
    return out;
  },
};

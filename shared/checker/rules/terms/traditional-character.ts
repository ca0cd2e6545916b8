// traditional-character: traditional or variant characters in simplified text (發展, 製造, 於是).
// Source: 《通用规范汉字表》; 细则 weighs 繁简混用 0.5. Compared phrase by phrase with opencc-js's
// t2cn build (the ~50 KB gzipped t→cn dictionaries only, never the 500 KB full build).
// Traps: not inside 《》 titles (silentIn); the converter's false friends keep their 乾 (乾县,
// 乾安县, 乾陵; 乾隆 and 乾坤 the converter keeps itself) and 於 as a surname (only 於 used as a
// preposition — 位於, 由於, 於是, 於2023年 — or next to other traditional characters is flagged);
// 薹 (芸薹, 油菜薹) and the surname 麴 are standard in 通用规范汉字表 though the converter changes them.
// Speed: a run is converted only when it holds a character the converter changes (a lookup table
// built at first use from the converter's own dictionary); the converter itself is built only when
// a first such character turns up, so clean simplified text never pays for its tries.

import * as OpenCC from 'opencc-js/t2cn';
import type { BlockRule, RawFinding } from '../../types';
import { codePointAtOffset, codePointBefore, isCJKCode } from '../../text';

interface Tables {
  /** The converter, built at the first candidate (building its tries costs ~0.1–0.3 s). */
  convert: (s: string) => string;
  /** 1 for each BMP code unit the converter changes. */
  bmp: Uint8Array;
  /** Code points above the BMP the converter changes. */
  astral: Set<number>;
}

let tables: Tables | null = null;

/** Characters the t→cn dictionaries map to something else, as a regex class (built once). */
function getTables(): Tables {
  if (tables) return tables;
  // The preset's type omits normalizationChain (compatibility ideographs), which the t2s config has.
  const config = OpenCC.Locale.configs?.t2s as unknown as { normalizationChain?: unknown[][]; conversionChain?: readonly unknown[][] } | undefined;
  const dicts: unknown[] = [...(config?.normalizationChain ?? []).flat(), ...(config?.conversionChain ?? []).flat()];
  const chars = new Set<string>();
  for (const d of dicts) {
    const pairs = typeof d === 'string' ? d.split('|').map((e) => e.split(' ')) : (d as string[][]);
    for (const [from, to] of pairs) {
      if (from === to || !from) continue;
      // A single character (one code point) the converter changes.
      if ([...from].length === 1) chars.add(from);
    }
  }
  const bmp = new Uint8Array(0x10000);
  const astral = new Set<number>();
  for (const c of chars) {
    const cp = c.codePointAt(0)!;
    if (cp > 0xffff) astral.add(cp);
    else bmp[cp] = 1;
  }
  let converter: ((s: string) => string) | null = null;
  const convert = (s: string) => (converter ??= OpenCC.Converter({ from: 't', to: 'cn' }))(s);
  tables = { convert, bmp, astral };
  return tables;
}

/** 於 as a preposition: after these characters, or before 是, 此 or a digit. */
const YU_BEFORE = /[位由对對关關属屬终終等处處善敢勇用基鉴鑒归歸出在过過易便乐樂忠高低大小多少源始免至致]/;
const YU_AFTER = /[是此\d]/;

/** True for the 乾 of 乾县, 乾安县, 乾陵, which the converter wrongly simplifies. */
function isKeptQian(text: string, i: number): boolean {
  return /^乾(?:县|安|陵|州)/.test(text.slice(i, i + 2));
}

/** The run of CJK ideographs around `i` (the converter's phrases never cross punctuation). */
function runAround(text: string, i: number): { start: number; end: number } {
  let start = i;
  for (let cp = codePointBefore(text, start); cp >= 0 && isCJKCode(cp); cp = codePointBefore(text, start)) {
    start -= cp > 0xffff ? 2 : 1;
  }
  let end = i;
  for (let cp = codePointAtOffset(text, end); cp >= 0 && isCJKCode(cp); cp = codePointAtOffset(text, end)) {
    end += cp > 0xffff ? 2 : 1;
  }
  return { start, end };
}

function checkRun(text: string, start: number, end: number, convert: (s: string) => string, out: RawFinding[]): void {
  const run = text.slice(start, end);
  const converted = convert(run);
  if (converted === run) return;
  const a = [...run];
  const b = [...converted];
  if (a.length !== b.length) {
    out.push({ start, end, message: '简化字文本中混有繁体字或异体字', fix: { text: converted, safe: false } });
    return;
  }
  let offset = start;
  const diffs: Array<{ s: number; e: number; from: string; to: string; i: number }> = [];
  for (let k = 0; k < a.length; k++) {
    if (a[k] !== b[k]) diffs.push({ s: offset, e: offset + a[k].length, from: a[k], to: b[k], i: k });
    offset += a[k].length;
  }
  const tradCount = diffs.length;
  let lastEnd = -1;
  for (const d of diffs) {
    if (d.from === '乾' && isKeptQian(text, d.s)) continue;
    // Standard characters of 通用规范汉字表 the converter still changes: 薹 (芸薹, 油菜薹), and
    // 麴 as a surname when nothing else in the phrase is traditional.
    if (d.from === '薹' || (d.from === '麴' && tradCount === 1)) continue;
    if (d.from === '於' && tradCount === 1) {
      const before = d.s > 0 ? text[d.s - 1] : '';
      const after = text[d.e] ?? '';
      if (!YU_BEFORE.test(before) && !YU_AFTER.test(after)) continue; // a surname
    }
    const last = out[out.length - 1];
    // Adjacent traditional characters make one finding (發展 rather than 發 + 展).
    if (last && lastEnd === d.s && last.fix) {
      last.end = lastEnd = d.e;
      last.fix = { text: last.fix.text + d.to, safe: false };
      last.message = `繁体字或异体字“${text.slice(last.start, last.end)}”应改为规范简化字“${last.fix.text}”`;
      continue;
    }
    lastEnd = d.e;
    out.push({ start: d.s, end: d.e, message: `繁体字或异体字“${d.from}”应改为规范简化字“${d.to}”`, fix: { text: d.to, safe: false } });
  }
}

/** The traditional-character rule (see the header). */
export const traditionalCharacter: BlockRule = {
  id: 'traditional-character',
  scope: 'block',
  severity: 'error',
  weightClass: 'traditional',
  source: '《通用规范汉字表》；《图书编校质量差错认定细则》（繁简混用）',
  silentIn: ['bookTitle'],
  check(text) {
    const out: RawFinding[] = [];
    const { convert, bmp, astral } = getTables();
    // One pass over code units with a lookup table: no regex, no allocation per character.
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let hit: boolean;
      if (c >= 0xd800 && c <= 0xdbff) {
        hit = astral.has(text.codePointAt(i) ?? 0);
        if (!hit) i++;
      } else hit = bmp[c] === 1;
      if (!hit) continue;
      const { start, end } = runAround(text, i);
      checkRun(text, start, end, convert, out);
      i = Math.max(i, end - 1);
    }
    return out;
  },
};

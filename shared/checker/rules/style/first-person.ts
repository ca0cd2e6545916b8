// first-person: the writer's own voice (我市, 我区, 我局, 本单位, 我们 …) where a yearbook names the
// place or body. Source: 《地方综合年鉴编纂出版规定》(第三人称记述). Options: ctx.placeName feeds
// the fix (safe: false). Traps: quotations may say 我们 (silentIn quote); 我国 is only a suggestion;
// 自我评价, 自我局限, 基本局面 are other words (segmenter veto and the character before).

import type { BlockRule, CheckContext, Fix, RawFinding } from '../../types';
import { segmenterVeto } from '../../text';

const FIRST_PERSON_RE = /我街道|我单位|本单位|我们|我国|本局|我[市区县省州镇乡局委办院校厅部所馆会处]/g;
/** Administrative suffixes: the fix names the level the word speaks of. */
const PLACE_SUFFIX: Readonly<Record<string, string>> = {
  我市: '市', 我区: '区', 我县: '县', 我省: '省', 我州: '州', 我镇: '镇', 我乡: '乡', 我街道: '街道',
};
const LEVELS = /省|自治区|市|州|盟|县|旗|区|镇|乡|街道/g;

/**
 * The part of `placeName` at the level of `suffix` (成都市青白江区: 区 → 青白江区, 市 → 成都市), or
 * null when the place has no such level.
 */
export function placeAtLevel(placeName: string, suffix: string): string | null {
  let prevEnd = 0;
  let found: string | null = null;
  LEVELS.lastIndex = 0;
  for (let m = LEVELS.exec(placeName); m; m = LEVELS.exec(placeName)) {
    const end = m.index + m[0].length;
    if (m[0] === suffix) found = placeName.slice(prevEnd, end);
    prevEnd = end;
  }
  return found;
}

function fixFor(word: string, ctx: CheckContext): Fix | undefined {
  if (!ctx.placeName) return undefined;
  const suffix = PLACE_SUFFIX[word];
  if (!suffix) return undefined;
  // The place itself when the word speaks of its level (我区 in 成都市青白江区's yearbook), else the
  // enclosing level named in it (我市 → 成都市).
  const name = ctx.placeName.endsWith(suffix) ? ctx.placeName : placeAtLevel(ctx.placeName, suffix);
  return name ? { text: name, safe: false } : undefined;
}

/** The first-person rule (see the header). */
export const firstPerson: BlockRule = {
  id: 'first-person',
  scope: 'block',
  severity: 'warning',
  weightClass: 'norm',
  source: '《地方综合年鉴编纂出版规定》（第三人称记述）',
  silentIn: ['quote', 'bookTitle'],
  check(text, _kind, ctx) {
    const out: RawFinding[] = [];
    FIRST_PERSON_RE.lastIndex = 0;
    for (let m = FIRST_PERSON_RE.exec(text); m; m = FIRST_PERSON_RE.exec(text)) {
      const word = m[0];
      const start = m.index;
      const end = start + word.length;
      const before = start > 0 ? text[start - 1] : '';
      if (word.startsWith('我') && (before === '自' || before === '忘' || before === '敌')) continue;
      if (word.startsWith('本') && /[基根成资版日剧样课文账读脚标范副原书]/.test(before)) continue;
      // Only the start is checked: the segmenter reads 我/市政府, 我/区/委 (still first person).
      if (segmenterVeto(text, start, start)) continue;
      const f: RawFinding = { start, end, message: `“${word}”是第一人称，年鉴应以第三人称记述，写明地名或单位名称` };
      if (word === '我国') {
        f.severity = 'suggestion';
        f.message = '“我国”宜写作“中国”（对外发行或涉外内容尤应注意）';
      }
      const fix = fixFor(word, ctx);
      if (fix) f.fix = fix;
      out.push(f);
    }
    return out;
  },
};

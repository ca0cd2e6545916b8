// parts-exceed-total: `共(有)N…，其中 a…、b…、c…` where the parts add up to more than the total
// (共有学校40所，其中小学28所、中学15所: 43 > 40). Source: 《图书编校质量差错认定细则》
// 知识性·逻辑性差错 (weight 2). Options: none. Traps: only when the total and every part share the
// measure word, and no part is an overlapping attribute (女, 少数民族, 党员, 大专以上学历 … may
// overlap the others); parts may be fewer than the total; rounded figures get their tolerance.

import type { BlockRule, RawFinding } from '../../types';
import { findFigures, sentenceRanges } from './figures';

const OVERLAPPING = /女|男|少数民族|党员|团员|以上|以下|高级|中级|初级|职称|学历|新增|累计|其中/;
const CLAUSE_END = /[，,：:]/;

/** The parts-exceed-total rule (see the header). */
export const partsExceedTotal: BlockRule = {
  id: 'parts-exceed-total',
  scope: 'block',
  severity: 'error',
  weightClass: 'knowledge',
  source: '《图书编校质量差错认定细则》（知识性、逻辑性差错）',
  silentIn: ['bookTitle'],
  skipKinds: ['tableCell'],
  check(text) {
    const out: RawFinding[] = [];
    if (!text.includes('其中') || !text.includes('共')) return out;
    for (const s of sentenceRanges(text)) {
      const sentence = text.slice(s.start, s.end);
      for (let at = sentence.indexOf('其中'); at >= 0; at = sentence.indexOf('其中', at + 2)) {
        // The total: the last figure after 共 in the clause just before 其中.
        let cs = at - 1;
        if (cs < 0 || !CLAUSE_END.test(sentence[cs])) continue;
        while (cs > 0 && !/[，,：:；]/.test(sentence[cs - 1])) cs--;
        const totalClause = sentence.slice(cs, at - 1);
        const gong = totalClause.indexOf('共');
        if (gong < 0) continue;
        const totals = findFigures(totalClause.slice(gong));
        const total = totals[totals.length - 1];
        if (!total || total.measure === '') continue;
        const totalText = totalClause.slice(gong + total.start, gong + total.end);
        // The parts: the clause after 其中, split by 、.
        let pe = at + 2;
        while (pe < sentence.length && !/[，,。；;！？]/.test(sentence[pe])) pe++;
        const partsText = sentence.slice(at + 2, pe);
        let offset = at + 2;
        let sum = 0;
        let ok = true;
        const parts: Array<{ start: number; end: number; min: number }> = [];
        for (const label of partsText.split('、')) {
          const figs = findFigures(label);
          const fig = figs[figs.length - 1];
          if (!fig || figs.length !== 1 || fig.measure !== total.measure || OVERLAPPING.test(label)) {
            ok = false;
            break;
          }
          parts.push({ start: offset + fig.start, end: offset + fig.end, min: fig.min });
          offset += label.length + 1;
        }
        if (!ok) continue;
        for (const p of parts) {
          sum += p.min;
          if (sum > total.max) {
            out.push({
              start: s.start + p.start,
              end: s.start + p.end,
              message: `“其中”所列各项之和已超过总数${totalText}`,
            });
            break;
          }
        }
      }
    }
    return out;
  },
};

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinBrokenLines, locateInParagraph } from './paragraphJoin';

const CORPUS = join(import.meta.dirname, '../../../shared/corpus/provincial-review-2024.txt');

describe('joinBrokenLines', () => {
  it('keeps one paragraph per line in ordinary text', () => {
    const j = joinBrokenLines('第一段。\n\n第二段，较长的一段文字。\n第三段');
    expect(j.joined).toBe(false);
    expect(j.paragraphs.map((p) => p.text)).toEqual(['第一段。', '第二段，较长的一段文字。', '第三段']);
    expect(locateInParagraph(j.paragraphs[1], 3)).toEqual({ line: 2, column: 3 });
  });

  it('joins PDF-broken lines and maps offsets back to line and column', () => {
    const lines = [
      '近年来，省地方志办明确将市级综合年鉴作为全省年鉴质量提升',
      ' 的重要抓手，持续抓好顶层设计，强化流程监督，注重示范引领',
      '加强队伍建设。',
      '小标题',
      '抓好顶层设计，构筑质量标准体系，确保年鉴质量提升有章可循。',
      '2018年 9月，省地方志办在全国率先出台《关于实施地方志工作',
      '质量提升行动的意见》。',
    ];
    const j = joinBrokenLines(lines.join('\n'), { force: true });
    expect(j.paragraphs.map((p) => p.text)).toEqual([
      lines[0] + lines[1].trim() + lines[2],
      '小标题',
      lines[4] + lines[5] + lines[6],
    ]);
    const p = j.paragraphs[0];
    const at = p.text.indexOf('重要抓手');
    expect(locateInParagraph(p, at)).toEqual({ line: 1, column: 2 });
  });

  it('finds paragraphs in the provincial review (as extracted from PDF)', () => {
    const j = joinBrokenLines(readFileSync(CORPUS, 'utf8'));
    expect(j.joined).toBe(true);
    const texts = j.paragraphs.map((p) => p.text);
    expect(texts).toContain('多措并举提升质量，年鉴质量建设成效显著');
    expect(texts).toContain('省地方志办向各市（州）地方志部门反馈 6年来年鉴质量建设总体情况');
    expect(texts.some((t) => t.includes('确保年鉴质量提升有章可循。2018年 9月，省地方志办在全国率先出台'))).toBe(true);
  });
});

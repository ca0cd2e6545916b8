import { describe, expect, it } from 'vitest';
import { codePointLength, entryLength, entryText, getEntrySchema, posToTextOffset, textOffsetToPos, toCheckEntry } from './index';
import { sampleEntryJson } from './testDocs';

describe('entry text model', () => {
  const doc = getEntrySchema().nodeFromJSON(sampleEntryJson);
  const model = entryText(doc);

  it('joins every textblock with a newline and names its kind', () => {
    expect(model.text).toBe('2023年，全区地区生产总值增长6%，绿地面积12万m2。\n表1　主要指标\n单位：亿元\n指标\n数值\nGDP\n\n资料来源：区统计局\n𠀀字在后。');
    expect(model.blocks.map((b) => b.kind)).toEqual([
      'paragraph', 'tableCaption', 'tableUnit', 'tableCell', 'tableCell', 'tableCell', 'tableCell', 'tableNote', 'paragraph',
    ]);
    for (const b of model.blocks) expect(model.text.slice(b.start, b.end)).not.toContain('\n');
  });

  it('maps every text offset to the document position of that character', () => {
    for (const b of model.blocks) {
      for (let offset = b.start; offset < b.end; offset++) {
        const pos = textOffsetToPos(model, offset)!;
        expect(doc.textBetween(pos, pos + 1)).toBe(model.text[offset]);
        expect(posToTextOffset(model, pos)).toBe(offset);
      }
      expect(doc.resolve(b.pos).parent.isTextblock).toBe(true);
    }
    const [first] = model.blocks;
    expect(textOffsetToPos(model, first.end)).toBe(first.pos + first.end - first.start);
    expect(posToTextOffset(model, 0)).toBeNull();
  });

  it('counts code points, not UTF-16 units', () => {
    expect(codePointLength('𠀀字')).toBe(2);
    expect(codePointLength('m²')).toBe(2);
    expect(entryLength(model)).toBe(codePointLength(model.text) - (model.blocks.length - 1));
  });

  it('gives the checker title and blocks', () => {
    const entry = toCheckEntry('【主要指标】', model);
    expect(entry.title).toBe('【主要指标】');
    expect(entry.blocks[1]).toEqual({ kind: 'tableCaption', text: '表1　主要指标' });
    expect(entry.blocks.map((b) => b.text).join('\n')).toBe(model.text);
  });

  it('reads an empty document as one empty paragraph', () => {
    const empty = getEntrySchema().topNodeType.createAndFill()!;
    expect(entryText(empty)).toEqual({ text: '', blocks: [{ kind: 'paragraph', start: 0, end: 0, pos: 1 }] });
  });
});

// Sample entry documents (ProseMirror JSON) for the schema's unit tests.

const cell = (type: 'tableCell' | 'tableHeader', text: string) => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null },
  content: [{ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] }],
});

/** Two paragraphs (one with marks and an astral character) around a 2×2 table figure. */
export const sampleEntryJson = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '2023年，全区' },
        { type: 'text', marks: [{ type: 'bold' }], text: '地区生产总值' },
        { type: 'text', text: '增长6%，绿地面积12万m' },
        { type: 'text', marks: [{ type: 'superscript' }], text: '2' },
        { type: 'text', text: '。' },
      ],
    },
    {
      type: 'tableFigure',
      content: [
        { type: 'tableCaption', content: [{ type: 'text', text: '表1　主要指标' }] },
        { type: 'tableUnit', content: [{ type: 'text', text: '单位：亿元' }] },
        {
          type: 'table',
          content: [
            { type: 'tableRow', content: [cell('tableHeader', '指标'), cell('tableHeader', '数值')] },
            { type: 'tableRow', content: [cell('tableCell', 'GDP'), cell('tableCell', '')] },
          ],
        },
        { type: 'tableNote', content: [{ type: 'text', text: '资料来源：区统计局' }] },
      ],
    },
    { type: 'paragraph', content: [{ type: 'text', text: '𠀀字在后。' }] },
  ],
};

// The checker API: POST /api/check, an entry's findings, a yearbook's quality per level (worst
// first, recomputed from the union), and the glossary (validated; editors write, members read).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { getEntrySchema } from '@shared/schema';
import type { Finding, Glossary } from '@shared/checker';
import type { QualityScore } from '@shared/checker/score';
import { entryDocName, MAX_CHECK_TEXT_CHARS } from '@shared/protocol';
import type { YearbookQuality } from '@server/services/quality';
import { createTestApp, json, seedYearbook, type SeededYearbook, type TestApp } from '../helpers/factories';

let t: TestApp;
let s: SeededYearbook;
beforeEach(async () => {
  t = await createTestApp();
  s = await seedYearbook(t);
});
afterEach(async () => t.close());

/** Commits paragraphs as the entry's document, as the collab server would. */
async function writeEntry(entryId: string, paragraphs: string[]): Promise<void> {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('default');
  fragment.insert(
    0,
    paragraphs.map((text) => {
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText(text)]);
      return p;
    }),
  );
  await t.persistence.commit(entryDocName(entryId), Y.encodeStateAsUpdate(doc));
}

const GLOSSARY: Glossary = { terms: [{ full: '四川省地方志工作办公室', abbreviations: ['省地方志办'], avoid: [] }] };

describe('POST /api/check', () => {
  it('returns findings and a score for any signed-in user; 401 without a session', async () => {
    const text = '会议由区长主持,全体委员出席。\n2022年 8月，学习党的20大精神。';
    const body = await json<{ findings: Finding[]; score: QualityScore }>(
      await t.request('POST', '/api/check', { cookie: s.cookies['non-member'], body: { text, recordYear: 2023 } }),
      200,
    );
    expect(body.findings.map((f) => [f.ruleId, text.slice(f.start, f.end)])).toEqual([
      ['halfwidth-punctuation', ','],
      ['stray-space', ' '],
      ['arabic-in-fixed-term', '党的20大'],
    ]);
    expect(body.score).toMatchObject({ label: '按正文字数估算', showAsRate: false, weightedErrors: 0.3 });
    await json(await t.request('POST', '/api/check', { body: { text, recordYear: 2023 } }), 401);
  });

  it('uses the posted glossary', async () => {
    const body = await json<{ findings: Finding[] }>(
      await t.request('POST', '/api/check', { cookie: s.cookies.contributor, body: { text: '省地方志办召开会议。', recordYear: 2024, glossary: GLOSSARY } }),
      200,
    );
    expect(body.findings.map((f) => f.ruleId)).toContain('abbreviation-before-full-name');
  });

  it('refuses bad input with a 400 naming the field', async () => {
    const noYear = await json<{ error: { code: string; message: string } }>(
      await t.request('POST', '/api/check', { cookie: s.cookies.editor, body: { text: '文字' } }),
      400,
    );
    expect(noYear.error.message).toMatch(/^recordYear/);
    const badGlossary = await json<{ error: { message: string } }>(
      await t.request('POST', '/api/check', { cookie: s.cookies.editor, body: { text: '文字', recordYear: 2023, glossary: { terms: [{ full: '' }] } } }),
      400,
    );
    expect(badGlossary.error.message).toMatch(/^glossary\.terms\.0\.full/);
    const tooLong = await t.request('POST', '/api/check', { cookie: s.cookies.editor, body: { text: 'a'.repeat(MAX_CHECK_TEXT_CHARS + 1), recordYear: 2023 } });
    expect([400, 413]).toContain(tooLong.status);
  });
});

describe('GET /api/entries/:id/findings', () => {
  it('checks the committed text with the yearbook context; members only', async () => {
    await json(await t.request('PUT', `/api/yearbooks/${s.yearbookId}/glossary`, { cookie: s.cookies.editor, body: GLOSSARY }), 200);
    await writeEntry(s.entryId, ['今年，省地方志办完成地铁3号线建设,全线通车。']);
    const body = await json<{ entryId: string; findings: Finding[]; score: QualityScore }>(
      await t.request('GET', `/api/entries/${s.entryId}/findings`, { cookie: s.cookies.reviewer }),
      200,
    );
    expect(body.entryId).toBe(s.entryId);
    const rules = body.findings.map((f) => f.ruleId);
    expect(rules).toEqual(expect.arrayContaining(['vague-time', 'abbreviation-before-full-name', 'halfwidth-punctuation']));
    const vague = body.findings.find((f) => f.ruleId === 'vague-time')!;
    expect(vague.fix?.text ?? vague.message).toContain('2023');
    await json(await t.request('GET', `/api/entries/${s.entryId}/findings`, { cookie: s.cookies['non-member'] }), 403);
    await json(await t.request('GET', `/api/entries/${s.sectionId}/findings`, { cookie: s.cookies.admin }), 404);
    await json(await t.request('GET', `/api/entries/nope/findings`, { cookie: s.cookies.admin }), 404);
  });

  it('reads the stored blocks with their kinds: a table cell is not running text', async () => {
    const cell = (text: string) => ({ type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
    const json_ = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '项目于2022.5.8开工。' }] },
        {
          type: 'tableFigure',
          content: [
            { type: 'tableCaption', content: [{ type: 'text', text: '表1　开工日期' }] },
            { type: 'table', content: [{ type: 'tableRow', content: [cell('一期'), cell('2022.5.8')] }] },
          ],
        },
      ],
    };
    const doc = prosemirrorJSONToYDoc(getEntrySchema(), json_, 'default');
    await t.persistence.commit(entryDocName(s.entryId), Y.encodeStateAsUpdate(doc));
    const body = await json<{ findings: Finding[] }>(await t.request('GET', `/api/entries/${s.entryId}/findings`, { cookie: s.cookies.editor }), 200);
    const dates = body.findings.filter((f) => f.ruleId === 'numeric-date-format');
    expect(dates).toHaveLength(1);
    expect(dates[0].start).toBe('项目于'.length);
  });
});

describe('GET /api/yearbooks/:id/quality', () => {
  it('scores entries, sections, categories and the yearbook from their findings, worst first', async () => {
    const node = async (parentId: string, kind: string, title: string) =>
      json<{ id: string }>(await t.request('POST', `/api/yearbooks/${s.yearbookId}/nodes`, { cookie: s.cookies.editor, body: { parentId, kind, title } }), 201);
    const clean = await node(s.sectionId, 'entry', '公交线路');
    const other = await node(s.categoryId, 'section', '邮政');
    const mail = await node(other.id, 'entry', '快递服务');
    await writeEntry(s.entryId, ['全年新建车站12座,改造站台8处,截止年末，全线车站40座。']);
    await writeEntry(clean.id, ['2023年，新开公交线路5条。']);
    await writeEntry(mail.id, ['全年揽收快递1.2亿件,投递1.1亿件。']);
    const q = await json<YearbookQuality>(await t.request('GET', `/api/yearbooks/${s.yearbookId}/quality`, { cookie: s.cookies.inspector }), 200);
    expect(q.entries.map((e) => e.title)).toEqual(['地铁建设', '快递服务', '公交线路'].sort((a, b) => {
      const rate = (title: string) => q.entries.find((e) => e.title === title)!.score.errorRate;
      return rate(b) - rate(a);
    }));
    expect(q.entries.find((e) => e.id === clean.id)!.score.weightedErrors).toBe(0);
    expect(q.sections.map((x) => x.id).sort()).toEqual([s.sectionId, other.id].sort());
    expect(q.categories.map((x) => x.id)).toEqual([s.categoryId]);
    expect(q.yearbook).toMatchObject({ id: s.yearbookId, kind: 'yearbook' });
    const sum = q.entries.reduce((n, e) => n + e.score.charCount, 0);
    expect(q.yearbook.score.charCount).toBe(sum);
    const entryErrors = q.entries.reduce((n, e) => n + e.counts.error, 0);
    expect(q.yearbook.counts.error).toBe(entryErrors);
    expect(q.yearbook.score.label).toBe('按正文字数估算');
    expect(q.yearbook.score.components.punctuation.count).toBe(3); // 2 + 1 half-width commas
    expect(q.categories[0].score.weightedErrors).toBe(q.yearbook.score.weightedErrors);
    await json(await t.request('GET', `/api/yearbooks/${s.yearbookId}/quality`, { cookie: s.cookies['non-member'] }), 403);
  });
});

describe('/api/yearbooks/:id/glossary', () => {
  it('is empty at first, written by editors and chief editors, read by members', async () => {
    expect(await json(await t.request('GET', `/api/yearbooks/${s.yearbookId}/glossary`, { cookie: s.cookies.contributor }), 200)).toEqual({ terms: [] });
    for (const caller of ['contributor', 'reviewer', 'inspector', 'non-member'] as const) {
      await json(await t.request('PUT', `/api/yearbooks/${s.yearbookId}/glossary`, { cookie: s.cookies[caller], body: GLOSSARY }), 403);
    }
    for (const caller of ['editor', 'chief-editor'] as const) {
      expect(await json(await t.request('PUT', `/api/yearbooks/${s.yearbookId}/glossary`, { cookie: s.cookies[caller], body: GLOSSARY }), 200)).toEqual(GLOSSARY);
    }
    expect(await json(await t.request('GET', `/api/yearbooks/${s.yearbookId}/glossary`, { cookie: s.cookies.reviewer }), 200)).toEqual(GLOSSARY);
    await json(await t.request('GET', `/api/yearbooks/${s.yearbookId}/glossary`, { cookie: s.cookies['non-member'] }), 403);
  });

  it('validates the glossary', async () => {
    const bad = [
      { terms: 'x' },
      { terms: [{ full: '全称', abbreviations: ['全称'] }] },
      { terms: [{ full: 'a'.repeat(101) }] },
      { terms: [{ full: '甲', abbreviations: ['乙\n丙'] }] },
    ];
    for (const body of bad) {
      await json(await t.request('PUT', `/api/yearbooks/${s.yearbookId}/glossary`, { cookie: s.cookies.editor, body }), 400);
    }
    expect(await json(await t.request('GET', `/api/yearbooks/${s.yearbookId}/glossary`, { cookie: s.cookies.editor }), 200)).toEqual({ terms: [] });
    // Defaults fill in missing lists.
    expect(
      await json(await t.request('PUT', `/api/yearbooks/${s.yearbookId}/glossary`, { cookie: s.cookies.editor, body: { terms: [{ full: '成都市人民政府' }] } }), 200),
    ).toEqual({ terms: [{ full: '成都市人民政府', abbreviations: [], avoid: [] }] });
  });
});

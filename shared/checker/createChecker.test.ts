import { describe, expect, it } from 'vitest';
import { createChecker } from './createChecker';
import type { BlockRule, EntryRule, TitleRule } from './types';

/** Flags every 我们 (silent in quotations), counting calls to see the cache work. */
function makeWeRule() {
  const calls: string[] = [];
  const rule: BlockRule = {
    id: 'we', scope: 'block', severity: 'warning', weightClass: 'norm', source: 'test',
    silentIn: ['quote'], skipKinds: ['tableCell'],
    check(text) {
      calls.push(text);
      return [...text.matchAll(/我们/g)].map((m) => ({ start: m.index!, end: m.index! + 2, message: '我们' }));
    },
  };
  return { rule, calls };
}

const lengthRule: EntryRule<number> = {
  id: 'total', scope: 'entry', severity: 'suggestion', weightClass: 'norm', source: 'test',
  summarize: (text) => text.length,
  checkEntry(blocks) {
    const total = blocks.reduce((n, b) => n + b.summary, 0);
    const last = blocks[blocks.length - 1];
    return total > 10 && last ? [{ start: last.start, end: last.start + 1, message: `共${total}字` }] : [];
  },
};

const titleRule: TitleRule = {
  id: 'title-comma', scope: 'title', severity: 'warning', weightClass: 'norm', source: 'test',
  check: (title) => [...title.matchAll(/，/g)].map((m) => ({ start: m.index!, end: m.index! + 1, message: '逗号' })),
};

describe('createChecker', () => {
  it('maps block offsets to entry offsets and sorts title first', () => {
    const { rule } = makeWeRule();
    const c = createChecker({ recordYear: 2023 }, [rule, titleRule]);
    const f = c.check({ title: '甲，乙', blocks: [{ kind: 'paragraph', text: '甲乙' }, { kind: 'paragraph', text: '丙我们' }] });
    expect(f.map((x) => [x.target, x.start, x.end, x.text])).toEqual([['title', 1, 2, '，'], ['text', 4, 6, '我们']]);
  });

  it('re-checks only changed blocks and prunes the cache to the last check', () => {
    const { rule, calls } = makeWeRule();
    const c = createChecker({ recordYear: 2023 }, [rule]);
    const blocks = [{ kind: 'paragraph' as const, text: '一我们' }, { kind: 'paragraph' as const, text: '二' }];
    c.check({ title: '', blocks });
    c.check({ title: '', blocks: [blocks[0], { kind: 'paragraph', text: '二改' }] });
    expect(calls).toEqual(['一我们', '二', '二改']);
    c.check({ title: '', blocks }); // '二' was pruned after the second check
    expect(calls).toEqual(['一我们', '二', '二改', '二']);
  });

  it('drops findings inside silentIn spans and skips skipKinds', () => {
    const { rule } = makeWeRule();
    const c = createChecker({ recordYear: 2023 }, [rule]);
    const f = c.check({
      title: '',
      blocks: [
        { kind: 'paragraph', text: '他说：“我们将加快建设。”我们' },
        { kind: 'tableCell', text: '我们' },
      ],
    });
    expect(f.map((x) => x.start)).toEqual([13]);
  });

  it('gives ids that survive unrelated edits and tell repeats apart', () => {
    const { rule } = makeWeRule();
    const c = createChecker({ recordYear: 2023 }, [rule]);
    const a = c.check({ title: '', blocks: [{ kind: 'paragraph', text: '甲我们乙。甲我们乙。' }] });
    const b = c.check({ title: '', blocks: [{ kind: 'paragraph', text: '新增一段' }, { kind: 'paragraph', text: '甲我们乙。甲我们乙。' }] });
    expect(new Set(a.map((x) => x.id)).size).toBe(2);
    expect(b.map((x) => x.id)).toEqual(a.map((x) => x.id));
  });

  it('leaves out ignored findings', () => {
    const { rule } = makeWeRule();
    const entry = { title: '', blocks: [{ kind: 'paragraph' as const, text: '甲我们乙，丙我们丁' }] };
    const all = createChecker({ recordYear: 2023 }, [rule]).check(entry);
    const rest = createChecker({ recordYear: 2023, ignored: [all[0].id] }, [rule]).check(entry);
    expect(rest.map((x) => x.id)).toEqual([all[1].id]);
  });

  it('feeds entry rules the per-block summaries with their offsets', () => {
    const c = createChecker({ recordYear: 2023 }, [lengthRule]);
    const f = c.check({ title: '', blocks: [{ kind: 'paragraph', text: '一二三四五六' }, { kind: 'paragraph', text: '七八九十零' }] });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ start: 7, message: '共11字', severity: 'suggestion' });
  });
});

describe('createChecker, repeated checks', () => {
  it('answers an unchanged entry without re-running anything, and sees a block moved', () => {
    const { rule, calls } = makeWeRule();
    const c = createChecker({ recordYear: 2023 }, [rule]);
    const entry = { title: '', blocks: [{ kind: 'paragraph' as const, text: '我们一' }, { kind: 'paragraph' as const, text: '二' }] };
    const first = c.check(entry);
    expect(c.check(entry)).toEqual(first);
    expect(calls).toHaveLength(2);
    const moved = c.check({ title: '', blocks: [entry.blocks[1], entry.blocks[0]] });
    expect(moved.map((f) => f.start)).toEqual([2]);
    expect(calls).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import { trashRoots } from './trashRoots';
import { node } from './testNodes';

describe('recycle bin roots', () => {
  it('shows what was deleted itself, newest first, not what went with it', () => {
    const list = [
      { ...node('s1', 'c1', 0, 'section'), deletedAt: '2026-01-01T00:00:00Z' },
      { ...node('e1', 's1', 0), deletedAt: '2026-01-01T00:00:00Z' },
      { ...node('e9', 's2', 3), deletedAt: '2026-02-01T00:00:00Z' },
    ];
    expect(trashRoots(list).map((n) => n.id)).toEqual(['e9', 's1']);
  });
});

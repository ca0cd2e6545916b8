// The outline's node kinds in Chinese and what the add buttons offer under each (the server
// enforces the real structure rules; this only decides which buttons to show).
import type { NodeKind } from '@shared/domain/roles';
import type { OutlineNode } from '@shared/domain/types';

/** 类目 / 分目 / 条目. */
export const KIND_LABELS_ZH: Record<NodeKind, string> = {
  category: '类目',
  section: '分目',
  entry: '条目',
};

/** The kinds one may add under `parent` (null = the top level). */
export function addableKinds(parent: OutlineNode | null, nodes: ReadonlyMap<string, OutlineNode>): NodeKind[] {
  if (!parent) return ['category'];
  if (parent.kind === 'category') return ['section'];
  if (parent.kind === 'section') {
    // Sections nest once (子分目): only a section directly under a category takes sub-sections.
    const grand = parent.parentId ? nodes.get(parent.parentId) : undefined;
    return grand?.kind === 'category' ? ['entry', 'section'] : ['entry'];
  }
  return [];
}

// One row of the outline tree: kind icon, title, written / planned length for an entry, and
// the row's actions (add child, edit, delete) shown on hover for those who may edit.
import { DeleteOutlined, EditOutlined, FileAddOutlined, FileTextOutlined, FolderAddOutlined, FolderOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import type { MouseEvent } from 'react';
import type { NodeKind } from '@shared/domain/roles';
import type { OutlineNode } from '@shared/domain/types';
import { KIND_LABELS_ZH } from './nodeKinds';

/** What a row can ask the page to do. */
export interface NodeActions {
  onOpen(node: OutlineNode): void;
  onAdd(parent: OutlineNode, kind: NodeKind): void;
  onEdit(node: OutlineNode): void;
  onDelete(node: OutlineNode): void;
}

const KIND_ICONS: Record<NodeKind, typeof FolderOutlined> = {
  category: FolderOutlined,
  section: FolderOpenOutlined,
  entry: FileTextOutlined,
};

/** "已写 1,234 / 计划 800 字" (计划 omitted when not set). */
export function lengthLabel(node: Pick<OutlineNode, 'writtenLength' | 'plannedLength'>): string {
  const written = node.writtenLength.toLocaleString('zh-CN');
  return node.plannedLength == null ? `已写 ${written} 字` : `已写 ${written} / 计划 ${node.plannedLength.toLocaleString('zh-CN')} 字`;
}

/** The row. `addKinds` is empty for readers and for entries. */
export function OutlineNodeTitle({ node, addKinds, canEdit, actions }: { node: OutlineNode; addKinds: NodeKind[]; canEdit: boolean; actions: NodeActions }) {
  const Icon = KIND_ICONS[node.kind];
  const stop = (fn: () => void) => (e: MouseEvent) => {
    e.stopPropagation();
    fn();
  };
  const over = node.plannedLength != null && node.writtenLength > node.plannedLength;
  return (
    <span className={`outline-node outline-node-${node.kind}`} data-node-id={node.id}>
      <Icon aria-label={KIND_LABELS_ZH[node.kind]} />
      <span className="outline-node-title" onClick={node.kind === 'entry' ? stop(() => actions.onOpen(node)) : undefined}>
        {node.title}
      </span>
      {node.kind === 'entry' && <span className={over ? 'outline-node-length over' : 'outline-node-length'}>{lengthLabel(node)}</span>}
      {canEdit && (
        <span className="outline-node-actions">
          {addKinds.includes('entry') && (
            <Tooltip title="添加条目">
              <Button type="text" size="small" icon={<FileAddOutlined />} aria-label={`在“${node.title}”下添加条目`} onClick={stop(() => actions.onAdd(node, 'entry'))} />
            </Tooltip>
          )}
          {addKinds.includes('section') && (
            <Tooltip title={node.kind === 'section' ? '添加子分目' : '添加分目'}>
              <Button type="text" size="small" icon={<FolderAddOutlined />} aria-label={`在“${node.title}”下添加分目`} onClick={stop(() => actions.onAdd(node, 'section'))} />
            </Tooltip>
          )}
          <Tooltip title="编辑">
            <Button type="text" size="small" icon={<EditOutlined />} aria-label={`编辑“${node.title}”`} onClick={stop(() => actions.onEdit(node))} />
          </Tooltip>
          <Tooltip title="删除">
            <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={`删除“${node.title}”`} onClick={stop(() => actions.onDelete(node))} />
          </Tooltip>
        </span>
      )}
    </span>
  );
}

// The outline as an antd Tree: virtualized (only the visible rows are rendered, so 2,000
// entries open at once), expanded by default, drag and drop turned into a move on the server.
import { App, Tree, type TreeDataNode, type TreeProps } from 'antd';
import { useMemo, useState } from 'react';
import type { OutlineNode } from '@shared/domain/types';
import { errorMessage } from '@client/api/http';
import { updateNode } from '@client/api/outline';
import { dropPlaceFromAntd, dropToMove } from './dropToMove';
import { addableKinds } from './nodeKinds';
import { buildTree } from './outlineModel';
import { type NodeActions, OutlineNodeTitle } from './OutlineNodeTitle';

interface OutlineDataNode extends TreeDataNode {
  key: string;
  node: OutlineNode;
  children: OutlineDataNode[];
}

/** The tree of `nodes`; a finished move is handed to `onMoved` with the server's node. */
export function OutlineTree(props: { nodes: ReadonlyMap<string, OutlineNode>; canEdit: boolean; actions: NodeActions; onMoved(node: OutlineNode | null): void; height: number }) {
  const { nodes, canEdit, actions, onMoved, height } = props;
  const { message } = App.useApp();
  // Everything is expanded unless the user collapsed it, so nodes that arrive live are visible.
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());

  const { treeData, expandedKeys } = useMemo(() => {
    const expanded: string[] = [];
    const toData = (list: ReturnType<typeof buildTree>): OutlineDataNode[] =>
      list.map(({ children, ...node }) => {
        if (children.length && !collapsed.has(node.id)) expanded.push(node.id);
        return { key: node.id, node, isLeaf: node.kind === 'entry', children: toData(children) };
      });
    return { treeData: toData(buildTree(nodes)), expandedKeys: expanded };
  }, [nodes, collapsed]);

  const handleExpand: TreeProps<OutlineDataNode>['onExpand'] = (_keys, info) => {
    const id = String(info.node.key);
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (info.expanded) next.delete(id);
      else next.add(id);
      return next;
    });
  };

  const handleDrop: TreeProps<OutlineDataNode>['onDrop'] = async (info) => {
    const place = dropPlaceFromAntd({ dropToGap: info.dropToGap, dropPosition: info.dropPosition, node: { pos: info.node.pos } });
    const move = dropToMove(nodes, String(info.dragNode.key), String(info.node.key), place);
    if (!move) return;
    try {
      const saved = await updateNode(move.nodeId, { parentId: move.parentId, position: move.position });
      onMoved(saved && typeof saved === 'object' && 'id' in saved ? saved : null);
    } catch (err) {
      message.error(`移动失败：${errorMessage(err)}`);
    }
  };

  return (
    <Tree<OutlineDataNode>
      className="outline-tree"
      treeData={treeData}
      expandedKeys={expandedKeys}
      onExpand={handleExpand}
      height={height}
      virtual
      blockNode
      selectable={false}
      showLine
      draggable={canEdit ? { icon: false } : false}
      allowDrop={({ dropNode, dropPosition }) => !(dropPosition === 0 && dropNode.node.kind === 'entry')}
      onDrop={handleDrop}
      titleRender={(d) => <OutlineNodeTitle node={d.node} addKinds={addableKinds(d.node, nodes)} canEdit={canEdit} actions={actions} />}
    />
  );
}

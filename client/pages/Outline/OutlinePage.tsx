// The outline page (篇目): the yearbook's tree of 类目/分目/条目, kept live over the event stream,
// with add, edit, move (drag and drop), delete to the recycle bin and restore from it.
import { DeleteOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Badge, Button, Empty, Space, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { NodeKind } from '@shared/domain/roles';
import type { OutlineNode } from '@shared/domain/types';
import { errorMessage } from '@client/api/http';
import { deleteNode } from '@client/api/outline';
import { ErrorResult } from '@client/components/ErrorResult';
import { PageLoading } from '@client/components/PageLoading';
import { YearbookHeader } from '@client/components/YearbookHeader';
import { useYearbook, useYearbookPermissions } from '@client/hooks/useYearbook';
import { KIND_LABELS_ZH } from './nodeKinds';
import { NodeFormModal, type NodeFormTarget } from './NodeFormModal';
import type { NodeActions } from './OutlineNodeTitle';
import { OutlineTree } from './OutlineTree';
import { TrashDrawer } from './TrashDrawer';
import { type LiveStatus, useOutline } from './useOutline';

const LIVE_BADGE: Record<LiveStatus, { status: 'success' | 'processing' | 'error'; text: string }> = {
  open: { status: 'success', text: '实时同步中' },
  connecting: { status: 'processing', text: '正在连接…' },
  closed: { status: 'error', text: '实时更新已断开，正在重连' },
};

/** Tree height: the window below the header, so the tree scrolls inside itself (virtualized). */
function useTreeHeight(): number {
  const [h, setH] = useState(() => Math.max(320, window.innerHeight - 260));
  useEffect(() => {
    const onResize = () => setH(Math.max(320, window.innerHeight - 260));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return h;
}

/** The route element; keyed by yearbook so a switch starts fresh. */
export function OutlinePage() {
  const { yearbookId = '' } = useParams();
  return <OutlineView key={yearbookId} yearbookId={yearbookId} />;
}

function OutlineView({ yearbookId }: { yearbookId: string }) {
  const yearbook = useYearbook(yearbookId);
  const { canEditOutline } = useYearbookPermissions(yearbook.data);
  const outline = useOutline(yearbookId);
  const { applyNode, removeLocal, reload } = outline;
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const [formTarget, setFormTarget] = useState<NodeFormTarget | null>(null);
  const [trashOpen, setTrashOpen] = useState(false);
  const treeHeight = useTreeHeight();

  const actions: NodeActions = useMemo(
    () => ({
      onOpen: (n) => navigate(`/entries/${encodeURIComponent(n.id)}`),
      onAdd: (parent, kind) => setFormTarget({ mode: 'add', kind, parent }),
      onEdit: (n) => setFormTarget({ mode: 'edit', node: n }),
      onDelete: (n) => {
        modal.confirm({
          title: `删除${KIND_LABELS_ZH[n.kind]}“${n.title}”？`,
          content: n.kind === 'entry' ? '条目将移入回收站，可以从回收站恢复。' : '它和其下的全部内容将移入回收站，可以从回收站恢复。',
          okText: '删除',
          okButtonProps: { danger: true },
          cancelText: '取消',
          onOk: async () => {
            try {
              await deleteNode(n.id);
              removeLocal([n.id]);
              message.success(`已将“${n.title}”移入回收站`);
            } catch (err) {
              message.error(`删除失败：${errorMessage(err)}`);
            }
          },
        });
      },
    }),
    [navigate, modal, message, removeLocal],
  );

  const handleSaved = useCallback(
    (node: OutlineNode | null) => {
      setFormTarget(null);
      if (node) applyNode(node);
    },
    [applyNode],
  );

  const stats = useMemo(() => {
    const s = { category: 0, section: 0, entry: 0, planned: 0, written: 0 } as Record<NodeKind | 'planned' | 'written', number>;
    for (const n of outline.model?.nodes.values() ?? []) {
      s[n.kind]++;
      if (n.kind === 'entry') {
        s.planned += n.plannedLength ?? 0;
        s.written += n.writtenLength;
      }
    }
    return s;
  }, [outline.model]);

  if (yearbook.error) return <ErrorResult error={yearbook.error} onRetry={yearbook.reload} />;
  if (outline.error && !outline.model) return <ErrorResult error={outline.error} onRetry={reload} />;
  if (!yearbook.data || !outline.model) return <PageLoading tip="正在加载篇目…" />;

  const badge = LIVE_BADGE[outline.live];
  return (
    <>
      <YearbookHeader
        yearbook={yearbook.data}
        active="outline"
        extra={
          <Space>
            {canEditOutline && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setFormTarget({ mode: 'add', kind: 'category', parent: null })}>添加类目</Button>
            )}
            <Button icon={<DeleteOutlined />} onClick={() => setTrashOpen(true)}>回收站</Button>
          </Space>
        }
      />
      <div className="outline-toolbar">
        <Typography.Text type="secondary" data-testid="outline-stats">
          {stats.category} 个类目 · {stats.section} 个分目 · {stats.entry} 个条目 · 计划 {stats.planned.toLocaleString('zh-CN')} 字 · 已写 {stats.written.toLocaleString('zh-CN')} 字
        </Typography.Text>
        <Space>
          <Badge status={badge.status} text={badge.text} data-testid="live-status" />
          <Button size="small" type="text" icon={<ReloadOutlined />} onClick={reload} loading={outline.loading} aria-label="刷新篇目" />
        </Space>
      </div>
      {outline.model.nodes.size === 0 ? (
        <Empty description={canEditOutline ? '篇目还是空的，点击“添加类目”开始' : '篇目还是空的'} />
      ) : (
        <OutlineTree nodes={outline.model.nodes} canEdit={canEditOutline} actions={actions} onMoved={(n) => n && applyNode(n)} height={treeHeight} />
      )}
      <NodeFormModal yearbookId={yearbookId} target={formTarget} onClose={() => setFormTarget(null)} onSaved={handleSaved} />
      <TrashDrawer yearbookId={yearbookId} open={trashOpen} canRestore={canEditOutline} onClose={() => setTrashOpen(false)} onRestored={reload} />
    </>
  );
}

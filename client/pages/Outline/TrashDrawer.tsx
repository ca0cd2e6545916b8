// The recycle bin (回收站): what was deleted from the outline, newest first, with restore; a
// group whose parent is itself in the bin waits until that is restored.
import { App, Button, Drawer, Empty, Table, Tag, Tooltip, Typography } from 'antd';
import { errorMessage } from '@client/api/http';
import { fetchTrash, restoreNode, type TrashItem } from '@client/api/outline';
import { ErrorResult } from '@client/components/ErrorResult';
import { useApiData } from '@client/hooks/useApiData';
import { KIND_LABELS_ZH } from './nodeKinds';

function formatTime(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('zh-CN', { hour12: false });
}

/** The drawer; `onRestored` runs after a successful restore (the page reloads the outline). */
export function TrashDrawer(props: { yearbookId: string; open: boolean; canRestore: boolean; onClose(): void; onRestored(): void }) {
  const { yearbookId, open, canRestore, onClose, onRestored } = props;
  const { message } = App.useApp();
  const trash = useApiData(() => (open ? fetchTrash(yearbookId) : Promise.resolve([])), [yearbookId, open]);

  const handleRestore = async (item: TrashItem) => {
    try {
      await restoreNode(item.node.id);
      message.success(`已恢复“${item.node.title}”`);
      trash.reload();
      onRestored();
    } catch (err) {
      message.error(`恢复失败：${errorMessage(err)}`);
    }
  };

  const restoreButton = (item: TrashItem) =>
    item.restorable ? (
      <Button size="small" onClick={() => handleRestore(item)}>恢复</Button>
    ) : (
      <Tooltip title="它的上级也在回收站中，请先恢复上级">
        <Button size="small" disabled>恢复</Button>
      </Tooltip>
    );

  return (
    <Drawer title="回收站" open={open} onClose={onClose} size={440}>
      {trash.error ? (
        <ErrorResult error={trash.error} onRetry={trash.reload} />
      ) : (
        <Table<TrashItem>
          rowKey={(item) => item.node.id}
          // Each item carries its subtree as `children`; it is not a nested table row.
          expandable={{ childrenColumnName: 'nestedRows' }}
          size="small"
          loading={trash.loading}
          dataSource={trash.data ?? []}
          pagination={false}
          locale={{ emptyText: <Empty description="回收站是空的" /> }}
          columns={[
            {
              title: '已删除的内容',
              key: 'node',
              render: (_: unknown, item) => (
                <div className="trash-item" data-node-id={item.node.id}>
                  <Tag>{KIND_LABELS_ZH[item.node.kind]}</Tag>
                  {item.node.title}
                  <div>
                    <Typography.Text type="secondary">
                      删除于 {formatTime(item.node.deletedAt)}
                      {item.node.kind !== 'entry' && ` · 含 ${item.entryCount} 个条目`}
                    </Typography.Text>
                  </div>
                </div>
              ),
            },
            ...(canRestore ? [{ title: '', key: 'restore', width: 72, render: (_: unknown, item: TrashItem) => restoreButton(item) }] : []),
          ]}
        />
      )}
    </Drawer>
  );
}

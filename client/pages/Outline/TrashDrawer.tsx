// The recycle bin (回收站): what was deleted from the outline, newest first, with restore.
import { App, Button, Drawer, Empty, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import type { OutlineNode } from '@shared/domain/types';
import { errorMessage } from '@client/api/http';
import { fetchTrash, restoreNode } from '@client/api/outline';
import { ErrorResult } from '@client/components/ErrorResult';
import { useApiData } from '@client/hooks/useApiData';
import { KIND_LABELS_ZH } from './nodeKinds';
import { trashRoots } from './trashRoots';

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
  const roots = useMemo(() => trashRoots(trash.data ?? []), [trash.data]);

  const handleRestore = async (n: OutlineNode) => {
    try {
      await restoreNode(n.id);
      message.success(`已恢复“${n.title}”`);
      trash.setData((prev) => prev?.filter((x) => x.id !== n.id));
      trash.reload();
      onRestored();
    } catch (err) {
      message.error(`恢复失败：${errorMessage(err)}`);
    }
  };

  return (
    <Drawer title="回收站" open={open} onClose={onClose} size={420}>
      {trash.error ? (
        <ErrorResult error={trash.error} onRetry={trash.reload} />
      ) : (
        <Table<OutlineNode>
          rowKey="id"
          size="small"
          loading={trash.loading}
          dataSource={roots}
          pagination={false}
          locale={{ emptyText: <Empty description="回收站是空的" /> }}
          columns={[
            {
              title: '内容',
              dataIndex: 'title',
              render: (title: string, n) => (
                <>
                  <Tag>{KIND_LABELS_ZH[n.kind]}</Tag>
                  {title}
                  <div><Typography.Text type="secondary">删除于 {formatTime(n.deletedAt)}</Typography.Text></div>
                </>
              ),
            },
            ...(canRestore
              ? [{ title: '', key: 'restore', width: 72, render: (_: unknown, n: OutlineNode) => <Button size="small" onClick={() => handleRestore(n)}>恢复</Button> }]
              : []),
          ]}
        />
      )}
    </Drawer>
  );
}

// The line above the entry: connection state, who is here, read-only tag, live length vs plan.
import { Avatar, Badge, Space, Tag, Tooltip } from 'antd';
import type { Editor } from '@tiptap/react';
import type { ConnectionStatus, PresentUser } from './EntrySession';
import { LiveLength } from './LiveLength';

const STATUS: Record<ConnectionStatus, { text: string; badge: 'success' | 'processing' | 'default' }> = {
  connected: { text: '已连接', badge: 'success' },
  connecting: { text: '连接中', badge: 'processing' },
  offline: { text: '离线', badge: 'default' },
};

/** Props of the status bar. */
export interface EditorStatusBarProps {
  status: ConnectionStatus;
  users: PresentUser[];
  readOnly: boolean;
  editor: Editor | null;
  plannedLength: number | null;
}

/** Connection indicator, avatars, 只读 tag and 字数 / 计划字数. */
export function EditorStatusBar({ status, users, readOnly, editor, plannedLength }: EditorStatusBarProps) {
  const s = STATUS[status];
  return (
    <div className="entry-status-bar">
      <Space size="middle" wrap>
        <span data-testid="connection-status" data-status={status}>
          <Badge status={s.badge} text={s.text} />
        </span>
        {readOnly && <Tag color="orange" data-testid="read-only-tag">只读</Tag>}
        <Avatar.Group max={{ count: 8 }} data-testid="present-users">
          {users.map((u) => (
            <Tooltip key={u.clientId} title={u.isSelf ? `${u.name}（我）` : u.name}>
              <Avatar size="small" style={{ backgroundColor: u.color }} data-testid="present-user" data-name={u.name}>
                {u.name.slice(0, 1)}
              </Avatar>
            </Tooltip>
          ))}
        </Avatar.Group>
      </Space>
      <LiveLength editor={editor} plannedLength={plannedLength} />
    </div>
  );
}

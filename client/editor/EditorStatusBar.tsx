// The line above the entry: connection state, who is here, read-only tag, live length vs plan.
import { Avatar, Badge, Space, Tag, Tooltip, Typography } from 'antd';
import type { ConnectionStatus, PresentUser } from './EntrySession';

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
  /** Written length in code points. */
  length: number;
  plannedLength: number | null;
}

/** Connection indicator, avatars, 只读 tag and 字数 / 计划字数. */
export function EditorStatusBar({ status, users, readOnly, length, plannedLength }: EditorStatusBarProps) {
  const s = STATUS[status];
  const over = plannedLength != null && plannedLength > 0 && length > plannedLength;
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
      <Typography.Text type={over ? 'danger' : 'secondary'} data-testid="length-count">
        字数 {length}
        {plannedLength != null && plannedLength > 0 && <> / 计划字数 {plannedLength}</>}
      </Typography.Text>
    </div>
  );
}

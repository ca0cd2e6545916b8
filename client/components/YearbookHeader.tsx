// The heading of the pages inside one yearbook: its title, year and place, the caller's role,
// and the tabs between the yearbook's pages (篇目, 成员).
import { Segmented, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { ROLE_LABELS_ZH } from '@shared/domain/roles';
import type { Yearbook } from '@shared/domain/types';

/** The yearbook pages the tabs lead to. */
export type YearbookTab = 'outline' | 'members';

/** Title line with tabs; `extra` goes at the right (page actions). */
export function YearbookHeader({ yearbook, active, extra }: { yearbook: Yearbook; active: YearbookTab; extra?: ReactNode }) {
  const navigate = useNavigate();
  return (
    <div className="yearbook-header">
      <Space orientation="vertical" size={4}>
        <Typography.Title level={3} style={{ margin: 0 }}>{yearbook.title}</Typography.Title>
        <Space size="small" wrap>
          <Typography.Text type="secondary">{yearbook.placeName} · 记述 {yearbook.recordYear} 年</Typography.Text>
          {yearbook.myRole && <Tag color="blue">{ROLE_LABELS_ZH[yearbook.myRole]}</Tag>}
        </Space>
      </Space>
      <Space size="middle" wrap>
        <Segmented<YearbookTab>
          value={active}
          options={[
            { label: '篇目', value: 'outline' },
            { label: '成员', value: 'members' },
          ]}
          onChange={(tab) => navigate(`/yearbooks/${encodeURIComponent(yearbook.id)}/${tab}`)}
        />
        {extra}
      </Space>
    </div>
  );
}

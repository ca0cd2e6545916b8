// The yearbook list (年鉴): the yearbooks the user works on (all for an admin), links to each
// one's outline and members, and creation for the admin.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ROLE_LABELS_ZH } from '@shared/domain/roles';
import type { Yearbook } from '@shared/domain/types';
import { listYearbooks } from '@client/api/yearbooks';
import { ErrorResult } from '@client/components/ErrorResult';
import { useApiData } from '@client/hooks/useApiData';
import { useSession } from '@client/hooks/useSession';
import { CreateYearbookModal } from './CreateYearbookModal';
import { LEVEL_LABELS_ZH } from './levelLabels';

/** The list page. */
export function YearbooksPage() {
  const { user } = useSession();
  const yearbooks = useApiData(listYearbooks, []);
  const [creating, setCreating] = useState(false);

  if (yearbooks.error && !yearbooks.data) return <ErrorResult error={yearbooks.error} onRetry={yearbooks.reload} />;

  const handleCreated = (y: Yearbook) => {
    setCreating(false);
    yearbooks.setData((prev) => [...(prev ?? []), y]);
  };

  return (
    <>
      <div className="yearbook-header">
        <Typography.Title level={3} style={{ margin: 0 }}>年鉴</Typography.Title>
        {user?.isAdmin && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>新建年鉴</Button>
        )}
      </div>
      <Table<Yearbook>
        rowKey="id"
        loading={yearbooks.loading}
        dataSource={[...(yearbooks.data ?? [])].sort((a, b) => b.recordYear - a.recordYear || a.title.localeCompare(b.title, 'zh-Hans-CN'))}
        pagination={false}
        locale={{ emptyText: <Empty description={user?.isAdmin ? '还没有年鉴，点击“新建年鉴”开始' : '您还没有参与任何年鉴，请联系管理员'} /> }}
        columns={[
          {
            title: '年鉴名称',
            dataIndex: 'title',
            render: (title: string, y) => <Link to={`/yearbooks/${encodeURIComponent(y.id)}/outline`}>{title}</Link>,
          },
          { title: '记述年份', dataIndex: 'recordYear', width: 110 },
          { title: '行政区域', dataIndex: 'placeName' },
          { title: '级别', dataIndex: 'level', width: 90, render: (l: Yearbook['level']) => LEVEL_LABELS_ZH[l] ?? l },
          {
            title: '我的角色',
            dataIndex: 'myRole',
            width: 110,
            render: (r: Yearbook['myRole']) => (r ? <Tag color="blue">{ROLE_LABELS_ZH[r]}</Tag> : <Typography.Text type="secondary">—</Typography.Text>),
          },
          {
            title: '操作',
            key: 'actions',
            width: 150,
            render: (_, y) => (
              <Space>
                <Link to={`/yearbooks/${encodeURIComponent(y.id)}/outline`}>篇目</Link>
                <Link to={`/yearbooks/${encodeURIComponent(y.id)}/members`}>成员</Link>
              </Space>
            ),
          },
        ]}
      />
      <CreateYearbookModal open={creating} onClose={() => setCreating(false)} onCreated={handleCreated} />
    </>
  );
}

// The members page (成员): who works on the yearbook in which role, sorted by pinyin; the admin
// or chief editor adds people, changes roles and removes people; the admin can create accounts.
import { PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Select, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { ROLE_LABELS_ZH, type Role } from '@shared/domain/roles';
import type { Member } from '@shared/domain/types';
import { errorMessage } from '@client/api/http';
import { listMembers, removeMember, setMemberRole } from '@client/api/members';
import { ErrorResult } from '@client/components/ErrorResult';
import { PageLoading } from '@client/components/PageLoading';
import { YearbookHeader } from '@client/components/YearbookHeader';
import { useApiData } from '@client/hooks/useApiData';
import { useSession } from '@client/hooks/useSession';
import { useYearbook, useYearbookPermissions } from '@client/hooks/useYearbook';
import { AddMemberModal } from './AddMemberModal';
import { CreateUserModal } from './CreateUserModal';
import { ROLE_OPTIONS } from './roleOptions';
import { sortByPinyin } from './sortByPinyin';

/** The page. */
export function MembersPage() {
  const { yearbookId = '' } = useParams();
  const { user } = useSession();
  const yearbook = useYearbook(yearbookId);
  const { canManageMembers } = useYearbookPermissions(yearbook.data);
  const members = useApiData(() => listMembers(yearbookId), [yearbookId]);
  const [adding, setAdding] = useState(false);
  const [creatingUser, setCreatingUser] = useState(false);
  const { message } = App.useApp();

  const sorted = useMemo(() => sortByPinyin(members.data ?? [], (m) => m.displayName, (m) => m.username), [members.data]);

  if (yearbook.error) return <ErrorResult error={yearbook.error} onRetry={yearbook.reload} />;
  if (!yearbook.data) return <PageLoading />;

  const handleRoleChange = async (m: Member, role: Role) => {
    try {
      await setMemberRole(yearbookId, m.userId, role);
      members.setData((prev) => prev?.map((x) => (x.userId === m.userId ? { ...x, role } : x)));
      message.success(`已将“${m.displayName}”设为${ROLE_LABELS_ZH[role]}`);
    } catch (err) {
      message.error(`修改角色失败：${errorMessage(err)}`);
    }
  };

  const handleRemove = async (m: Member) => {
    try {
      await removeMember(yearbookId, m.userId);
      members.setData((prev) => prev?.filter((x) => x.userId !== m.userId));
      message.success(`已将“${m.displayName}”移出本年鉴`);
    } catch (err) {
      message.error(`移除失败：${errorMessage(err)}`);
    }
  };

  const extra = canManageMembers && (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>添加成员</Button>
      {user?.isAdmin && <Button icon={<UserAddOutlined />} onClick={() => setCreatingUser(true)}>新建用户</Button>}
    </>
  );

  return (
    <>
      <YearbookHeader yearbook={yearbook.data} active="members" extra={extra} />
      {members.error && !members.data ? (
        <ErrorResult error={members.error} onRetry={members.reload} />
      ) : (
        <Table<Member>
          rowKey="userId"
          loading={members.loading}
          dataSource={sorted}
          pagination={false}
          locale={{ emptyText: '还没有成员' }}
          columns={[
            { title: '姓名', dataIndex: 'displayName' },
            { title: '用户名', dataIndex: 'username' },
            {
              title: '角色',
              dataIndex: 'role',
              width: 160,
              render: (role: Role, m) =>
                canManageMembers ? (
                  <Select<Role> value={role} options={ROLE_OPTIONS} showSearch={{ optionFilterProp: 'label' }} style={{ width: 120 }} onChange={(r) => handleRoleChange(m, r)} aria-label={`${m.displayName}的角色`} />
                ) : (
                  <Tag color="blue">{ROLE_LABELS_ZH[role] ?? role}</Tag>
                ),
            },
            ...(canManageMembers
              ? [{
                  title: '操作',
                  key: 'actions',
                  width: 100,
                  render: (_: unknown, m: Member) => (
                    <Popconfirm title={`将“${m.displayName}”移出本年鉴？`} okText="移出" cancelText="取消" onConfirm={() => handleRemove(m)}>
                      <Button type="link" danger size="small">移出</Button>
                    </Popconfirm>
                  ),
                }]
              : []),
          ]}
        />
      )}
      <AddMemberModal
        yearbookId={yearbookId}
        members={members.data ?? []}
        open={adding}
        onClose={() => setAdding(false)}
        onAdded={() => {
          setAdding(false);
          members.reload();
        }}
      />
      <CreateUserModal
        yearbookId={yearbookId}
        open={creatingUser}
        onClose={() => setCreatingUser(false)}
        onCreated={() => {
          setCreatingUser(false);
          members.reload();
        }}
      />
    </>
  );
}

// Adds an existing account to the yearbook with a role: the people not yet members, sorted by
// pinyin, searchable by name or username.
import { App, Form, Modal, Select } from 'antd';
import { useMemo, useState } from 'react';
import type { Role } from '@shared/domain/roles';
import type { Member } from '@shared/domain/types';
import { errorMessage } from '@client/api/http';
import { setMemberRole } from '@client/api/members';
import { listUsers } from '@client/api/users';
import { useApiData } from '@client/hooks/useApiData';
import { ROLE_OPTIONS } from './roleOptions';
import { sortByPinyin } from './sortByPinyin';

interface AddMemberForm {
  userId: string;
  role: Role;
}

/** The modal; `members` are left out of the choices. */
export function AddMemberModal(props: { yearbookId: string; members: Member[]; open: boolean; onClose(): void; onAdded(): void }) {
  const { yearbookId, members, open, onClose, onAdded } = props;
  const [form] = Form.useForm<AddMemberForm>();
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const users = useApiData(() => (open ? listUsers() : Promise.resolve(undefined)), [open]);

  const options = useMemo(() => {
    const taken = new Set(members.map((m) => m.userId));
    const free = (users.data ?? []).filter((u) => !taken.has(u.id));
    return sortByPinyin(free, (u) => u.displayName, (u) => u.username).map((u) => ({
      value: u.id,
      label: `${u.displayName}（${u.username}）`,
    }));
  }, [users.data, members]);

  const handleOk = async () => {
    if (busy) return; // a second click while the first is saving adds nothing
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    try {
      await setMemberRole(yearbookId, values.userId, values.role);
      message.success('已添加成员');
      form.resetFields();
      onAdded();
    } catch (err) {
      message.error(`添加失败：${errorMessage(err)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="添加成员" open={open} onOk={handleOk} onCancel={onClose} okText="添加" confirmLoading={busy} forceRender>
      <Form<AddMemberForm> form={form} name="addMember" layout="vertical" initialValues={{ role: 'contributor' }}>
        <Form.Item
          label="人员"
          name="userId"
          rules={[{ required: true, message: '请选择人员' }]}
          help={users.error ? `无法读取用户列表：${errorMessage(users.error)}` : undefined}
          validateStatus={users.error ? 'error' : undefined}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="输入姓名或用户名搜索"
            loading={users.loading}
            options={options}
            notFoundContent={users.loading ? '正在加载…' : '没有可添加的人员'}
          />
        </Form.Item>
        <Form.Item label="角色" name="role" rules={[{ required: true, message: '请选择角色' }]}>
          <Select options={ROLE_OPTIONS} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

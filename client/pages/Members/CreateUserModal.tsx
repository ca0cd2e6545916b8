// The admin creates an account (用户名, 姓名, 初始密码) and, in the same step, adds it to this
// yearbook with a role.
import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import type { Role } from '@shared/domain/roles';
import { errorMessage } from '@client/api/http';
import { setMemberRole } from '@client/api/members';
import { createUser } from '@client/api/users';
import { ROLE_OPTIONS } from './roleOptions';

interface CreateUserForm {
  username: string;
  displayName: string;
  password: string;
  role: Role;
}

/** The modal; `onCreated` runs once the account exists and (if possible) joined the yearbook. */
export function CreateUserModal(props: { yearbookId: string; open: boolean; onClose(): void; onCreated(): void }) {
  const { yearbookId, open, onClose, onCreated } = props;
  const [form] = Form.useForm<CreateUserForm>();
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();

  const handleOk = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    try {
      const user = await createUser({ username: values.username.trim(), displayName: values.displayName.trim(), password: values.password });
      try {
        await setMemberRole(yearbookId, user.id, values.role);
        message.success(`已创建用户“${user.displayName}”并加入本年鉴`);
      } catch (err) {
        message.warning(`用户已创建，但加入年鉴失败：${errorMessage(err)}`);
      }
      form.resetFields();
      onCreated();
    } catch (err) {
      message.error(`创建用户失败：${errorMessage(err)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="新建用户" open={open} onOk={handleOk} onCancel={onClose} okText="创建并加入" confirmLoading={busy} forceRender>
      <Form<CreateUserForm> form={form} name="createUser" layout="vertical" initialValues={{ role: 'contributor' }}>
        <Form.Item
          label="用户名"
          name="username"
          rules={[
            { required: true, message: '请输入用户名' },
            { pattern: /^[A-Za-z0-9_.-]{2,32}$/, message: '用户名为 2～32 位字母、数字、下划线、点或连字符' },
          ]}
        >
          <Input autoComplete="off" placeholder="如：zhangwei" />
        </Form.Item>
        <Form.Item label="姓名" name="displayName" rules={[{ required: true, whitespace: true, message: '请输入姓名' }, { max: 50, message: '不超过 50 字' }]}>
          <Input placeholder="如：张伟" />
        </Form.Item>
        <Form.Item label="初始密码" name="password" rules={[{ required: true, message: '请输入初始密码' }, { min: 8, message: '密码至少 8 位' }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item label="在本年鉴中的角色" name="role" rules={[{ required: true, message: '请选择角色' }]}>
          <Select options={ROLE_OPTIONS} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

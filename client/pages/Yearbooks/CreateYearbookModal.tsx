// The admin's form for a new yearbook: title, the year it records, place name and level.
import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { LEVELS } from '@shared/domain/roles';
import type { Yearbook } from '@shared/domain/types';
import { errorMessage } from '@client/api/http';
import { createYearbook, type YearbookCreateInput } from '@client/api/yearbooks';
import { LEVEL_LABELS_ZH } from './levelLabels';

/** Opens while `open`; calls `onCreated` with the new yearbook. */
export function CreateYearbookModal({ open, onClose, onCreated }: { open: boolean; onClose(): void; onCreated(y: Yearbook): void }) {
  const [form] = Form.useForm<YearbookCreateInput>();
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();

  const handleOk = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    try {
      const created = await createYearbook({ ...values, title: values.title.trim(), placeName: values.placeName.trim() });
      message.success(`已创建《${created.title}》`);
      form.resetFields();
      onCreated(created);
    } catch (err) {
      message.error(`创建失败：${errorMessage(err)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="新建年鉴" open={open} onOk={handleOk} onCancel={onClose} okText="创建" confirmLoading={busy} forceRender>
      <Form<YearbookCreateInput>
        form={form}
        name="createYearbook"
        layout="vertical"
        initialValues={{ recordYear: new Date().getFullYear() - 1, level: 'city' }}
      >
        <Form.Item label="年鉴名称" name="title" rules={[{ required: true, whitespace: true, message: '请输入年鉴名称，如“成都年鉴（2024）”' }, { max: 100, message: '名称不超过 100 字' }]}>
          <Input placeholder="如：成都年鉴（2024）" />
        </Form.Item>
        <Form.Item label="记述年份" name="recordYear" rules={[{ required: true, message: '请输入记述年份' }]}>
          <InputNumber min={1949} max={2100} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="行政区域" name="placeName" rules={[{ required: true, whitespace: true, message: '请输入行政区域，如“成都市青白江区”' }, { max: 100, message: '不超过 100 字' }]}>
          <Input placeholder="如：成都市青白江区" />
        </Form.Item>
        <Form.Item label="级别" name="level" rules={[{ required: true, message: '请选择级别' }]}>
          <Select options={LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS_ZH[l] }))} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

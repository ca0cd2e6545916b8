// Adds a node (类目/分目/条目) or edits one: its title and, for an entry, the planned length.
import { App, Form, Input, InputNumber, Modal } from 'antd';
import { useEffect, useState } from 'react';
import type { NodeKind } from '@shared/domain/roles';
import type { OutlineNode } from '@shared/domain/types';
import { errorMessage } from '@client/api/http';
import { createNode, type NodePatch, updateNode } from '@client/api/outline';
import { KIND_LABELS_ZH } from './nodeKinds';

/** What the modal does: add under a parent, or edit a node. */
export type NodeFormTarget =
  | { mode: 'add'; kind: NodeKind; parent: OutlineNode | null }
  | { mode: 'edit'; node: OutlineNode };

interface NodeForm {
  title: string;
  plannedLength?: number | null;
}

/** The modal; `onSaved` gets the node the server returned (when it returned one). */
export function NodeFormModal(props: { yearbookId: string; target: NodeFormTarget | null; onClose(): void; onSaved(node: OutlineNode | null): void }) {
  const { yearbookId, target, onClose, onSaved } = props;
  const [form] = Form.useForm<NodeForm>();
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const kind = target ? (target.mode === 'add' ? target.kind : target.node.kind) : 'entry';
  const label = KIND_LABELS_ZH[kind];

  useEffect(() => {
    if (!target) return;
    if (target.mode === 'edit') form.setFieldsValue({ title: target.node.title, plannedLength: target.node.plannedLength });
    else form.resetFields();
  }, [target, form]);

  const handleOk = async () => {
    if (!target) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const title = values.title.trim();
    const plannedLength = kind === 'entry' ? (values.plannedLength ?? null) : undefined;
    setBusy(true);
    try {
      let saved: OutlineNode | null;
      if (target.mode === 'add') {
        saved = await createNode(yearbookId, { parentId: target.parent?.id ?? null, kind, title, ...(plannedLength != null ? { plannedLength } : {}) });
        message.success(`已添加${label}“${title}”`);
      } else {
        const patch: NodePatch = {};
        if (title !== target.node.title) patch.title = title;
        if (plannedLength !== undefined && plannedLength !== target.node.plannedLength) patch.plannedLength = plannedLength;
        saved = Object.keys(patch).length ? await updateNode(target.node.id, patch) : target.node;
        message.success('已保存');
      }
      onSaved(saved && typeof saved === 'object' && 'id' in saved ? saved : null);
    } catch (err) {
      message.error(`保存失败：${errorMessage(err)}`);
    } finally {
      setBusy(false);
    }
  };

  const title = !target ? '' : target.mode === 'add' ? `添加${label}${target.parent ? `（在“${target.parent.title}”下）` : ''}` : `编辑${label}`;
  return (
    <Modal title={title} open={target !== null} onOk={handleOk} onCancel={onClose} okText={target?.mode === 'add' ? '添加' : '保存'} confirmLoading={busy} forceRender>
      <Form<NodeForm> form={form} name="outlineNode" layout="vertical">
        <Form.Item label={`${label}标题`} name="title" rules={[{ required: true, whitespace: true, message: `请输入${label}标题` }, { max: 200, message: '标题不超过 200 字' }]}>
          <Input autoFocus onPressEnter={handleOk} />
        </Form.Item>
        {kind === 'entry' && (
          <Form.Item label="计划字数" name="plannedLength" extra="可不填">
            <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} placeholder="如：800" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

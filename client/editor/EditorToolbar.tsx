// The entry editor's toolbar: marks (bold, italic, superscript, subscript) and table figures
// (insert, add/remove rows and columns, delete).
import { Button, Divider, Space, Tooltip } from 'antd';
import { type Editor, useEditorState } from '@tiptap/react';

interface ToolButtonProps {
  label: string;
  testId: string;
  active?: boolean;
  disabled?: boolean;
  onClick(): void;
  children: React.ReactNode;
}

function ToolButton({ label, testId, active, disabled, onClick, children }: ToolButtonProps) {
  return (
    <Tooltip title={label}>
      <Button
        size="small"
        type={active ? 'primary' : 'text'}
        aria-label={label}
        aria-pressed={active}
        data-testid={testId}
        disabled={disabled}
        // Keep the editor's selection: the button must not take focus on mousedown.
        onMouseDown={(e) => e.preventDefault()}
        onClick={onClick}
      >
        {children}
      </Button>
    </Tooltip>
  );
}

/** Toolbar bound to `editor`; everything is disabled when the editor is read-only. */
export function EditorToolbar({ editor }: { editor: Editor }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      editable: e.isEditable,
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      superscript: e.isActive('superscript'),
      subscript: e.isActive('subscript'),
      inTable: e.isActive('table'),
      inFigure: e.isActive('tableFigure'),
    }),
  });
  const off = !state.editable;
  const run = (fn: (chain: ReturnType<Editor['chain']>) => ReturnType<Editor['chain']>) => () => fn(editor.chain().focus()).run();
  const tableOff = off || !state.inTable;

  return (
    <Space className="entry-toolbar" size={2} wrap role="toolbar" aria-label="编辑工具栏">
      <ToolButton label="加粗" testId="tool-bold" active={state.bold} disabled={off} onClick={run((c) => c.toggleBold())}>
        <b>B</b>
      </ToolButton>
      <ToolButton label="倾斜" testId="tool-italic" active={state.italic} disabled={off} onClick={run((c) => c.toggleItalic())}>
        <i>I</i>
      </ToolButton>
      <ToolButton label="上标（如 m²）" testId="tool-superscript" active={state.superscript} disabled={off} onClick={run((c) => c.toggleSuperscript())}>
        X<sup>2</sup>
      </ToolButton>
      <ToolButton label="下标（如 CO₂）" testId="tool-subscript" active={state.subscript} disabled={off} onClick={run((c) => c.toggleSubscript())}>
        X<sub>2</sub>
      </ToolButton>
      <Divider orientation="vertical" />
      <ToolButton label="插入表格（含表题、单位、资料来源）" testId="tool-insert-table" disabled={off} onClick={run((c) => c.insertTableFigure())}>
        插入表格
      </ToolButton>
      <ToolButton label="在下方插入行" testId="tool-add-row" disabled={tableOff} onClick={run((c) => c.addRowAfter())}>
        加行
      </ToolButton>
      <ToolButton label="删除当前行" testId="tool-delete-row" disabled={tableOff} onClick={run((c) => c.deleteRow())}>
        删行
      </ToolButton>
      <ToolButton label="在右侧插入列" testId="tool-add-column" disabled={tableOff} onClick={run((c) => c.addColumnAfter())}>
        加列
      </ToolButton>
      <ToolButton label="删除当前列" testId="tool-delete-column" disabled={tableOff} onClick={run((c) => c.deleteColumn())}>
        删列
      </ToolButton>
      <ToolButton label="删除整个表格" testId="tool-delete-table" disabled={off || !state.inFigure} onClick={run((c) => c.deleteTableFigure())}>
        删表
      </ToolButton>
    </Space>
  );
}

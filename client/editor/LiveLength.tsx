// The live written length (字数, code points) against the planned length (计划字数). It follows the
// editor itself, throttled, so typing re-renders this line only, not the whole editor.
import { Typography } from 'antd';
import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { entryLength, entryText } from '@shared/schema';

const THROTTLE_MS = 150;

/** 字数 N / 计划字数 M; red when over the plan. */
export function LiveLength({ editor, plannedLength }: { editor: Editor | null; plannedLength: number | null }) {
  const [length, setLength] = useState(0);
  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const measure = () => {
      timer = null;
      if (!editor.isDestroyed) setLength(entryLength(entryText(editor.state.doc)));
    };
    const schedule = () => {
      timer ??= setTimeout(measure, THROTTLE_MS);
    };
    measure();
    editor.on('update', schedule);
    return () => {
      editor.off('update', schedule);
      if (timer) clearTimeout(timer);
    };
  }, [editor]);

  const planned = plannedLength != null && plannedLength > 0 ? plannedLength : null;
  return (
    <Typography.Text type={planned != null && length > planned ? 'danger' : 'secondary'} data-testid="length-count">
      字数 {length}
      {planned != null && <> / 计划字数 {planned}</>}
    </Typography.Text>
  );
}

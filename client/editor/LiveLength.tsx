// The live written length (字数, code points) against the planned length (计划字数). It follows the
// editor itself, so typing re-renders this line only, and counts when typing pauses (at least once
// a second while it goes on), in idle time: counting walks the whole entry, too much per keystroke.
import { Typography } from 'antd';
import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { entryLength, entryText } from '@shared/schema';

/** Count this long after the last change… */
const PAUSE_MS = 250;
/** …or this long after the first uncounted one, whichever comes first. */
const MAX_WAIT_MS = 1000;
/** How often the pause is looked for. */
const TICK_MS = 125;

/** Runs `fn` when the browser is idle (soon after `timeout` at the latest). */
function whenIdle(fn: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const t = setTimeout(fn, 0);
    return () => clearTimeout(t);
  }
  const id = requestIdleCallback(fn, { timeout });
  return () => cancelIdleCallback(id);
}

/** 字数 N / 计划字数 M; red when over the plan. */
export function LiveLength({ editor, plannedLength }: { editor: Editor | null; plannedLength: number | null }) {
  const [length, setLength] = useState(0);
  useEffect(() => {
    if (!editor) return;
    let lastChange = 0;
    let firstChange: number | null = null;
    let cancelIdle: (() => void) | null = null;
    const measure = () => {
      cancelIdle = null;
      if (!editor.isDestroyed) setLength(entryLength(entryText(editor.state.doc)));
    };
    // A keystroke only notes the time: no timer per keystroke (each would be a task of its own
    // between keystrokes). A slow tick decides when typing paused or went on long enough.
    const noteChange = () => {
      lastChange = Date.now();
      firstChange ??= lastChange;
    };
    const tick = setInterval(() => {
      if (firstChange === null || cancelIdle) return;
      const now = Date.now();
      if (now - lastChange < PAUSE_MS && now - firstChange < MAX_WAIT_MS) return;
      firstChange = null;
      cancelIdle = whenIdle(measure, 200);
    }, TICK_MS);
    measure();
    editor.on('update', noteChange);
    return () => {
      editor.off('update', noteChange);
      clearInterval(tick);
      cancelIdle?.();
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

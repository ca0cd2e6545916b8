// Keeps the editor's keystroke events inside the editor. ProseMirror handles them on its own DOM;
// no React handler above the editor wants them, yet React 17+ listens at the app root and routes
// every one through its synthetic event system: about a tenth of a keystroke's main-thread time
// in a 20,000-character entry (tests/bench/client.bench.ts). Mouse and focus events still bubble:
// ProseMirror follows drag selections through mousemove on the document.

/** The keyboard, text input and IME events stopped at the editor's boundary. */
const KEYSTROKE_EVENTS = [
  'keydown',
  'keypress',
  'keyup',
  'beforeinput',
  'input',
  'textInput',
  'compositionstart',
  'compositionupdate',
  'compositionend',
] as const;

const stop = (event: Event) => event.stopPropagation();

/** Stops keystroke events from bubbling past `boundary`; returns the undo. */
export function keepKeystrokesLocal(boundary: HTMLElement): () => void {
  for (const type of KEYSTROKE_EVENTS) boundary.addEventListener(type, stop);
  return () => {
    for (const type of KEYSTROKE_EVENTS) boundary.removeEventListener(type, stop);
  };
}

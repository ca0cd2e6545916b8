// Keeps the editor's keystroke and hover events inside the editor. ProseMirror handles them on its
// own DOM; no React handler above the editor wants them, yet React 17+ listens at the app root and
// routes every one through its synthetic event system: about a tenth of a keystroke's main-thread
// time in a 20,000-character entry (tests/bench/client.bench.ts). Blink sends a hover mousemove
// after each layout under a resting mouse, so hover events count per keystroke too. Clicks, focus
// and mousemove with a button down still bubble: ProseMirror follows drag selections through
// mousemove on the document.

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

/** Hover events stopped at the boundary (nothing above the editor follows the pointer there). */
const HOVER_EVENTS = ['mouseover', 'mouseout', 'pointerover', 'pointerout', 'pointermove'] as const;

const stop = (event: Event) => event.stopPropagation();

/** A mousemove without a pressed button is hover; with one it may be a drag selection. */
const stopHoverMove = (event: MouseEvent) => {
  if (event.buttons === 0) event.stopPropagation();
};

/** Stops keystroke and hover events from bubbling past `boundary`; returns the undo. */
export function keepEditorEventsLocal(boundary: HTMLElement): () => void {
  for (const type of [...KEYSTROKE_EVENTS, ...HOVER_EVENTS]) boundary.addEventListener(type, stop);
  boundary.addEventListener('mousemove', stopHoverMove);
  return () => {
    for (const type of [...KEYSTROKE_EVENTS, ...HOVER_EVENTS]) boundary.removeEventListener(type, stop);
    boundary.removeEventListener('mousemove', stopHoverMove);
  };
}

// The browser's entry, kept small: on an entry's address the entry's editor comes first, before
// React and antd have run (client/pages/Entry/entryHeadStart.ts); then the app loads and renders
// (appRoot.tsx). index.html's start-up script has already asked for the entry's data and the
// editor's code; it holds the app's code back until this asks for it (client/build/earlyStart.ts).
import { matchPage } from './pageRoutes';
import { startEntryHeadStart } from './pages/Entry/entryHeadStart';

/** Longest the app waits for the entry's editor to show the synced text before it loads itself. */
const EDITOR_FIRST_WAIT_MS = 2000;

const opened = matchPage(location.pathname);
if (opened?.name === 'entry' && opened.id !== null) {
  await Promise.race([startEntryHeadStart(opened.id), new Promise((resolve) => setTimeout(resolve, EDITOR_FIRST_WAIT_MS))]);
}
window.__nianjianEarly?.preloadRest?.();
await import('./appRoot');

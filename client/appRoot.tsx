// The app: antd in Simplified Chinese (no space inserted between two CJK characters in buttons),
// the session provider and the router. The first render waits (briefly) for the session probe and
// the opened page's chunk, both already under way, so that the page renders once, whole. On an
// entry's address the entry's editor may already show (main.tsx); the first render takes it over.
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { StrictMode, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { sessionProbe } from './api/firstSessionProbe';
import { removeEarlyView } from './editor/earlyEditor';
import { closeUnclaimedEarlySessionSoon } from './editor/earlySession';
import { AppRoutes, startOpenedPage } from './App';
import { SessionProvider } from './hooks/useSession';
import { APP_THEME } from './theme';
// antd's prebuilt styles first, so that the app's own rules come later and win ties.
import 'virtual:antd-static.css';
import './styles/app.css';

/** Longest the first render waits; index.html shows 正在加载… meanwhile. */
const FIRST_RENDER_WAIT_MS = 3000;

/**
 * Takes the early entry view away once the first render is in the page, and lets an early session
 * no page claimed close. Its layout effect runs after those of the routes before it, where the
 * entry page has taken the session and the editor over.
 */
function EarlyViewRemover() {
  useLayoutEffect(() => {
    removeEarlyView();
    closeUnclaimedEarlySessionSoon();
  }, []);
  return null;
}

await Promise.race([
  Promise.allSettled([startOpenedPage(), sessionProbe()]),
  new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS)),
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={APP_THEME}>
      <AntApp>
        <SessionProvider>
          <AppRoutes />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
    <EarlyViewRemover />
  </StrictMode>,
);

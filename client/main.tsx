// The browser entry: antd in Simplified Chinese (no space inserted between two CJK characters in
// buttons), the session provider and the router. The first render waits (briefly) for the session
// probe and the opened page's chunk, both already under way, so that the page renders once, whole.
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppRoutes, startOpenedPage } from './App';
import { SessionProvider, sessionProbe } from './hooks/useSession';
import { APP_THEME } from './theme';
import './styles/app.css';

/** Longest the first render waits; index.html shows 正在加载… meanwhile. */
const FIRST_RENDER_WAIT_MS = 3000;

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
  </StrictMode>,
);

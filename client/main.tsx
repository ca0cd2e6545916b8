// The browser entry: antd in Simplified Chinese (no space inserted between two CJK characters in
// buttons), the session provider and the router. The first render waits (briefly) for the session
// probe and the opened page's chunk, both already under way, so that the page renders once, whole.
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppRoutes, startOpenedPage } from './App';
import { SessionProvider, sessionProbe } from './hooks/useSession';
import './styles/app.css';

// System fonts only (no web fonts, no CDN): the CJK faces each platform ships.
const FONT_FAMILY =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'WenQuanYi Micro Hei', 'Helvetica Neue', Arial, sans-serif";

/** Longest the first render waits; index.html shows 正在加载… meanwhile. */
const FIRST_RENDER_WAIT_MS = 3000;

await Promise.race([
  Promise.allSettled([startOpenedPage(), sessionProbe()]),
  new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS)),
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={{ token: { fontFamily: FONT_FAMILY } }}>
      <AntApp>
        <SessionProvider>
          <AppRoutes />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);

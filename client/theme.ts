// The app's antd theme, and the components whose styles the build writes into a CSS file
// (client/build/antdStaticStyle.ts). Pure data: appRoot.tsx and the Vite config both import it.
import type { ThemeConfig } from 'antd';

/** System fonts only (no web fonts, no CDN): the CJK faces each platform ships. */
export const FONT_FAMILY =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'WenQuanYi Micro Hei', 'Helvetica Neue', Arial, sans-serif";

/** The ConfigProvider theme of the whole app. */
export const APP_THEME: ThemeConfig = { token: { fontFamily: FONT_FAMILY } };

/**
 * antd components whose CSS comes from the build instead of being generated in the browser on
 * their first render: those of the app frame and the entry page, which is opened cold from links
 * (issue 3: interactive in under a second). Other pages' components are generated as before.
 */
export const PREBUILT_STYLE_COMPONENTS = [
  'Alert', 'App', 'Avatar', 'Badge', 'Breadcrumb', 'Button', 'Divider', 'Layout', 'Space', 'Spin', 'Tag', 'Tooltip', 'Typography', 'message',
];

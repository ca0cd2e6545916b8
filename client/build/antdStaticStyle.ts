// A Vite plugin: the CSS of the antd components the first pages show, written at build time by
// antd's own extractor (@ant-design/static-style-extract), as the module `virtual:antd-static.css`
// that appRoot.tsx imports before the app's own stylesheet. Vite loads a dynamically imported
// chunk's CSS before running it, so the sheet is there at the first render; it carries antd's
// cache-path map, and the browser skips generating and injecting those styles then
// (@ant-design/cssinjs useStyleRegister: "style from CSS file"). A component missing from it is
// styled at runtime as before. The dev server gets an empty sheet: antd styles everything itself.
import { createElement } from 'react';
import type { Plugin } from 'vite';
import { APP_THEME, PREBUILT_STYLE_COMPONENTS } from '../theme.ts';

/** The module appRoot.tsx imports. */
export const ANTD_STATIC_CSS = 'virtual:antd-static.css';
const RESOLVED = `\0${ANTD_STATIC_CSS}`;

/** The plugin. */
export function antdStaticStyle(): Plugin {
  let building = false;
  return {
    name: 'nianjian-antd-static-style',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId(id) {
      return id === ANTD_STATIC_CSS ? RESOLVED : null;
    },
    async load(id) {
      if (id !== RESOLVED) return null;
      if (!building) return '';
      // Loaded only when building: antd and react-dom/server take a second to import.
      const [{ extractStyle }, { ConfigProvider }] = await Promise.all([import('@ant-design/static-style-extract'), import('antd')]);
      return extractStyle({
        includes: PREBUILT_STYLE_COMPONENTS,
        customTheme: (node) => createElement(ConfigProvider, { theme: APP_THEME }, node),
      });
    },
  };
}

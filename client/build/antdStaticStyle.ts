// A Vite plugin (build only): the CSS of the antd components the first pages show, written at build
// time by antd's own extractor (@ant-design/static-style-extract) into a fingerprinted stylesheet
// that index.html links. The file carries antd's cache-path map, so the browser skips generating
// and injecting those styles on first render (@ant-design/cssinjs useStyleRegister: "style from
// CSS file"); a component missing from it is styled at runtime as before.
import { createElement } from 'react';
import type { Plugin } from 'vite';
import { APP_THEME, PREBUILT_STYLE_COMPONENTS } from '../theme.ts';

const ASSET_NAME = 'antd-static.css';

/** The plugin. */
export function antdStaticStyle(): Plugin {
  let base = '/';
  return {
    name: 'nianjian-antd-static-style',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    async buildStart() {
      // Loaded only when building: antd and react-dom/server take a second to import.
      const [{ extractStyle }, { ConfigProvider }] = await Promise.all([import('@ant-design/static-style-extract'), import('antd')]);
      const css = extractStyle({
        includes: PREBUILT_STYLE_COMPONENTS,
        customTheme: (node) => createElement(ConfigProvider, { theme: APP_THEME }, node),
      });
      this.emitFile({ type: 'asset', name: ASSET_NAME, source: css });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const asset = Object.values(ctx.bundle ?? {}).find((o) => o.type === 'asset' && o.names.includes(ASSET_NAME));
        if (!asset) throw new Error(`antdStaticStyle: ${ASSET_NAME} was not emitted`);
        // Before the app's own stylesheet, so that the app's rules come later and win ties, and
        // after index.html's start-up script: a classic script waits for the stylesheets above it.
        const link = `<link rel="stylesheet" href="${base}${asset.fileName}">`;
        const appStylesheet = html.indexOf('<link rel="stylesheet"');
        if (appStylesheet < 0) return html.replace('</head>', `    ${link}\n  </head>`);
        return `${html.slice(0, appStylesheet)}${link}\n    ${html.slice(appStylesheet)}`;
      },
    },
  };
}

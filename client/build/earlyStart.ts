// A Vite plugin (build only): an inline script at the top of index.html that, before the app's own
// code has downloaded, asks for the session, for the first data of the page the address opens and
// for that page's chunks (modulepreload). The app takes the answers through
// client/api/earlyResponses.ts. On a cold start of /entries/:id this moves the entry chunk and its
// data off the critical path of the main bundle (issue 3: interactive in under a second).
import type { Plugin, Rolldown } from 'vite';
import { PAGE_ROUTES, SESSION_PATH } from '../pageRoutes.ts';

/** One page as the start-up script sees it: [address pattern, js files, css files, data paths]. */
type EarlyPage = [string, string[], string[], readonly string[]];

function chunks(bundle: Rolldown.OutputBundle): Rolldown.OutputChunk[] {
  return Object.values(bundle).filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
}

/** `start` and every chunk it imports statically, by file name. */
function staticGraph(byFile: Map<string, Rolldown.OutputChunk>, start: Rolldown.OutputChunk): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const dep of byFile.get(file)?.imports ?? []) visit(dep);
  };
  visit(start.fileName);
  return seen;
}

/** The start-up script for this bundle (classic, inline: it runs while the HTML is parsed). */
function startupScript(pages: EarlyPage[], base: string): string {
  return `(function () {
  var pages = ${JSON.stringify(pages)};
  var responses = {};
  function get(path) {
    responses[path] = fetch(path, { credentials: 'same-origin', headers: { accept: 'application/json' } });
    responses[path].catch(function () {});
  }
  function link(rel, file, as) {
    var l = document.createElement('link');
    l.rel = rel;
    l.href = ${JSON.stringify(base)} + file;
    if (as) l.as = as;
    l.crossOrigin = '';
    document.head.appendChild(l);
  }
  function decode(s) { try { return decodeURIComponent(s); } catch (e) { return s; } }
  get(${JSON.stringify(SESSION_PATH)});
  for (var i = 0; i < pages.length; i++) {
    var m = new RegExp(pages[i][0]).exec(location.pathname);
    if (!m) continue;
    pages[i][1].forEach(function (f) { link('modulepreload', f); });
    pages[i][2].forEach(function (f) { link('preload', f, 'style'); });
    pages[i][3].forEach(function (d) { get(m[1] === undefined ? d : d.replace('$1', encodeURIComponent(decode(m[1])))); });
    break;
  }
  window.__nianjianEarly = { responses: responses };
})();`;
}

/** The plugin; `clientRoot` is the absolute path of client/. */
export function earlyStart(clientRoot: string): Plugin {
  let base = '/';
  return {
    name: 'nianjian-early-start',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const all = chunks(ctx.bundle);
        const byFile = new Map(all.map((c) => [c.fileName, c]));
        const loadedByEntry = new Set(all.filter((c) => c.isEntry).flatMap((c) => [...staticGraph(byFile, c)]));
        const pages: EarlyPage[] = [];
        for (const route of Object.values(PAGE_ROUTES)) {
          const chunk = all.find((c) => c.facadeModuleId === `${clientRoot}/${route.module}`);
          if (!chunk) throw new Error(`earlyStart: no chunk for ${route.module}`);
          const files = [...staticGraph(byFile, chunk)].filter((f) => !loadedByEntry.has(f));
          const css = [...new Set(files.flatMap((f) => [...(byFile.get(f)?.viteMetadata?.importedCss ?? [])]))];
          pages.push([route.path, files, css, route.data]);
        }
        // Right after <meta charset>: a classic script placed after a stylesheet link would wait
        // for the stylesheet before running.
        const script = `<script>${startupScript(pages, base)}</script>`;
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('earlyStart: index.html has no <meta charset>');
        return html.replace(charset, (meta) => `${meta}\n    ${script}`);
      },
    },
  };
}

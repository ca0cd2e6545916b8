// A Vite plugin (build only): an inline script at the top of index.html that, before the app's own
// code has downloaded, asks for the session, for the first data of the page the address opens and
// for that page's chunks and the app's (modulepreload: the head start's first). The app takes the
// answers through client/api/earlyResponses.ts. On a cold start of /entries/:id the editor's code
// and the entry's data are then there when main.tsx runs (issue 3: interactive in under a second).
import type { Plugin, Rolldown } from 'vite';
import { APP_MODULE, PAGE_ROUTES, type PageRoute, SESSION_PATH } from '../pageRoutes.ts';

/** JS files and CSS files to preload. */
type EarlyCode = [string[], string[]];
/** One page as the start-up script sees it: [address pattern, js files, css files, data paths, head start's code]. */
type EarlyPage = [string, string[], string[], readonly string[], EarlyCode | null];

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

/**
 * The start-up script for this bundle (classic, inline: it runs while the HTML is parsed). Asked
 * in this order: the session, the page's data, its head start's code, its own code and the app's.
 * A page with a head start (the entry) has its own code and the app's asked for only when
 * `window.__nianjianEarly.preloadRest()` is called (main.tsx, once the head start is done): on two
 * cores, compiling a megabyte of app code beside it slows the head start down.
 */
function startupScript(pages: EarlyPage[], app: EarlyCode, base: string): string {
  return `(function () {
  var pages = ${JSON.stringify(pages)};
  var rest = ${JSON.stringify(app)};
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
  function preload(code) {
    code[0].forEach(function (f) { link('modulepreload', f); });
    code[1].forEach(function (f) { link('preload', f, 'style'); });
  }
  function preloadRest() {
    if (rest) preload(rest);
    rest = null;
  }
  function decode(s) { try { return decodeURIComponent(s); } catch (e) { return s; } }
  get(${JSON.stringify(SESSION_PATH)});
  var headStart = null;
  for (var i = 0; i < pages.length; i++) {
    var m = new RegExp(pages[i][0]).exec(location.pathname);
    if (!m) continue;
    pages[i][3].forEach(function (d) { get(m[1] === undefined ? d : d.replace('$1', encodeURIComponent(decode(m[1])))); });
    headStart = pages[i][4];
    rest = [pages[i][1].concat(rest[0]), pages[i][2].concat(rest[1])];
    break;
  }
  if (headStart) preload(headStart);
  else preloadRest();
  window.__nianjianEarly = { responses: responses, preloadRest: preloadRest };
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
        const chunkOf = (module: string) => {
          const chunk = all.find((c) => c.facadeModuleId === `${clientRoot}/${module}`);
          if (!chunk) throw new Error(`earlyStart: no chunk for ${module}`);
          return chunk;
        };
        const cssOf = (files: string[]) => [...new Set(files.flatMap((f) => [...(byFile.get(f)?.viteMetadata?.importedCss ?? [])]))];
        const appFiles = [...staticGraph(byFile, chunkOf(APP_MODULE))].filter((f) => !loadedByEntry.has(f));
        const pages: EarlyPage[] = [];
        const filesOf = (modules: readonly string[], without: (f: string) => boolean) => {
          const graph = new Set(modules.flatMap((m) => [...staticGraph(byFile, chunkOf(m))]));
          return [...graph].filter((f) => !loadedByEntry.has(f) && !without(f));
        };
        for (const route of Object.values(PAGE_ROUTES) as PageRoute[]) {
          const headStart = route.headStart ? filesOf(route.headStart, () => false) : [];
          const files = filesOf([route.module], (f) => appFiles.includes(f) || headStart.includes(f));
          pages.push([route.path, files, cssOf(files), route.data, route.headStart ? [headStart, cssOf(headStart)] : null]);
        }
        // Right after <meta charset>: a classic script placed after a stylesheet link would wait
        // for the stylesheet before running.
        const script = `<script>${startupScript(pages, [appFiles, cssOf(appFiles)], base)}</script>`;
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('earlyStart: index.html has no <meta charset>');
        return html.replace(charset, (meta) => `${meta}\n    ${script}`);
      },
    },
  };
}

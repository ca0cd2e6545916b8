// The signed-in pages that are chunks of their own, by address. App.tsx loads the chunk of the page
// the app opens on while the app starts; the build (client/build/earlyStart.ts) lets index.html
// fetch that chunk, the app's and the page's first data before any of the app's code has run.
// Pure data: the Vite config imports it too.

/** A page: the address it answers (a RegExp source; group 1 is the id, if any), its module under client/, and the GETs its first render needs. */
export interface PageRoute {
  path: string;
  module: string;
  /** API paths the page reads first; `$1` is replaced by the address's group 1. */
  data: readonly string[];
  /** Modules under client/ that main.tsx loads for the page before the app (`startEntryHeadStart`). */
  headStart?: readonly string[];
}

/** The app under client/ (React, antd, the router), which main.tsx loads for every page. */
export const APP_MODULE = 'appRoot.tsx';

/** The pages, by name. */
export const PAGE_ROUTES = {
  entry: {
    path: '^/entries/([^/]+)$',
    module: 'pages/Entry/EntryPage.tsx',
    data: ['/api/entries/$1', '/api/yearbooks'],
    headStart: ['editor/EntrySession.ts', 'pages/Entry/earlyEntryView.ts'],
  },
  outline: { path: '^/yearbooks/([^/]+)/outline$', module: 'pages/Outline/OutlinePage.tsx', data: [] },
  members: { path: '^/yearbooks/([^/]+)/members$', module: 'pages/Members/MembersPage.tsx', data: [] },
  yearbooks: { path: '^/$', module: 'pages/Yearbooks/YearbooksPage.tsx', data: [] },
} as const satisfies Record<string, PageRoute>;

/** The name of a page. */
export type PageName = keyof typeof PAGE_ROUTES;

/** Every page asks who is signed in first (the start-up script and client/api/session.ts alike). */
export const SESSION_PATH = '/api/session';

/** The page an address opens, with its id (group 1, decoded), or null. */
export function matchPage(pathname: string): { name: PageName; id: string | null } | null {
  for (const [name, route] of Object.entries(PAGE_ROUTES) as Array<[PageName, PageRoute]>) {
    const m = new RegExp(route.path).exec(pathname);
    if (m) return { name, id: m[1] === undefined ? null : safeDecode(m[1]) };
  }
  return null;
}

/** The API path `template` for an address's id (`$1`), URL-encoded as the API client sends it. */
export function dataPath(template: string, id: string | null): string {
  return id === null ? template : template.replace('$1', encodeURIComponent(id));
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

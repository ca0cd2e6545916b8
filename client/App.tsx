// The router: one lazily loaded chunk per page, an error boundary (errorElement) per route,
// and the signed-in pages behind RequireAuth inside the app frame. The chunk of the page the app
// opens on starts loading with the script (an entry's data, session and editor even earlier, see
// main.tsx), and appRoot.tsx renders once it is there: the page then renders without suspending,
// so React's 300 ms hold on revealing suspended content never applies to the first page.
import { type ComponentType, lazy, Suspense, useState } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { AppLayout } from './components/AppLayout';
import { NotFound } from './components/NotFound';
import { PageLoading } from './components/PageLoading';
import { RequireAuth } from './components/RequireAuth';
import { RouteError } from './components/RouteError';
import { matchPage, type PageName } from './pageRoutes';

const PAGE_LOADERS: Record<PageName, () => Promise<ComponentType>> = {
  entry: () => import('./pages/Entry/EntryPage').then((m) => m.default),
  outline: () => import('./pages/Outline/OutlinePage').then((m) => m.OutlinePage),
  members: () => import('./pages/Members/MembersPage').then((m) => m.MembersPage),
  yearbooks: () => import('./pages/Yearbooks/YearbooksPage').then((m) => m.YearbooksPage),
};

/** Page components whose chunk has loaded. */
const loadedPages: Partial<Record<PageName, ComponentType>> = {};

function loadPage(name: PageName): Promise<ComponentType> {
  return PAGE_LOADERS[name]().then((page) => (loadedPages[name] = page));
}

/** A route's page: rendered at once when its chunk is there, through React.lazy otherwise. */
function pageRoute(name: PageName): ComponentType {
  const Lazy = lazy(() => loadPage(name).then((page) => ({ default: page })));
  return function PageRoute() {
    // Chosen once per mount: switching between the two would remount the page.
    const [Page] = useState<ComponentType>(() => loadedPages[name] ?? Lazy);
    return <Page />;
  };
}

const SignInPage = lazy(() => import('./pages/SignIn/SignInPage').then((m) => ({ default: m.SignInPage })));
const YearbooksPage = pageRoute('yearbooks');
const MembersPage = pageRoute('members');
const OutlinePage = pageRoute('outline');
const EntryPage = pageRoute('entry');

/**
 * Loads the chunk of the page at the current address (an entry's data and session have a head
 * start of their own, see main.tsx). Resolves once it has loaded, or failed: lazy() reports it.
 */
export function startOpenedPage(): Promise<unknown> {
  const opened = matchPage(location.pathname);
  return opened ? loadPage(opened.name).catch(() => {}) : Promise.resolve();
}

const router = createBrowserRouter([
  {
    path: '/signin',
    errorElement: <RouteError />,
    element: (
      <Suspense fallback={<PageLoading />}>
        <SignInPage />
      </Suspense>
    ),
  },
  {
    path: '/',
    errorElement: <RouteError />,
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <YearbooksPage />, errorElement: <RouteError /> },
      { path: 'yearbooks', element: <Navigate to="/" replace /> },
      { path: 'yearbooks/:yearbookId', element: <Navigate to="outline" replace /> },
      { path: 'yearbooks/:yearbookId/outline', element: <OutlinePage />, errorElement: <RouteError /> },
      { path: 'yearbooks/:yearbookId/members', element: <MembersPage />, errorElement: <RouteError /> },
      { path: 'entries/:id', element: <EntryPage />, errorElement: <RouteError /> },
      { path: '*', element: <NotFound />, errorElement: <RouteError /> },
    ],
  },
]);

/** The whole app under the providers set up in main.tsx. */
export function AppRoutes() {
  return <RouterProvider router={router} />;
}

// The router: one lazily loaded chunk per page, an error boundary (errorElement) per route,
// and the signed-in pages behind RequireAuth inside the app frame.
import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { AppLayout } from './components/AppLayout';
import { NotFound } from './components/NotFound';
import { PageLoading } from './components/PageLoading';
import { RequireAuth } from './components/RequireAuth';
import { RouteError } from './components/RouteError';
import { startEntryPageData } from './pages/Entry/entryPageData';

const loadYearbooksPage = () => import('./pages/Yearbooks/YearbooksPage');
const loadMembersPage = () => import('./pages/Members/MembersPage');
const loadOutlinePage = () => import('./pages/Outline/OutlinePage');
const loadEntryPage = () => import('./pages/Entry/EntryPage');

const SignInPage = lazy(() => import('./pages/SignIn/SignInPage').then((m) => ({ default: m.SignInPage })));
const YearbooksPage = lazy(() => loadYearbooksPage().then((m) => ({ default: m.YearbooksPage })));
const MembersPage = lazy(() => loadMembersPage().then((m) => ({ default: m.MembersPage })));
const OutlinePage = lazy(() => loadOutlinePage().then((m) => ({ default: m.OutlinePage })));
const EntryPage = lazy(loadEntryPage);

/** The chunk of the signed-in page a URL opens, by path. */
const PAGE_CHUNKS: Array<[RegExp, () => Promise<unknown>]> = [
  [/^\/entries\/[^/]+$/, loadEntryPage],
  [/^\/yearbooks\/[^/]+\/outline$/, loadOutlinePage],
  [/^\/yearbooks\/[^/]+\/members$/, loadMembersPage],
  [/^\/$/, loadYearbooksPage],
];

// The first page's chunk loads while the session is probed instead of after it: the page then
// renders as soon as the user is known (the entry page is interactive sooner, issue 3). The entry
// page's data too.
PAGE_CHUNKS.find(([path]) => path.test(location.pathname))?.[1]().catch(() => {}); // lazy() reports failures
const openedEntry = /^\/entries\/([^/]+)$/.exec(location.pathname);
if (openedEntry) startEntryPageData(decodeURIComponent(openedEntry[1]));

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

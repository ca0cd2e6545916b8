// The router: one lazily loaded chunk per page, an error boundary (errorElement) per route,
// and the signed-in pages behind RequireAuth inside the app frame.
import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { AppLayout } from './components/AppLayout';
import { NotFound } from './components/NotFound';
import { PageLoading } from './components/PageLoading';
import { RequireAuth } from './components/RequireAuth';
import { RouteError } from './components/RouteError';

const SignInPage = lazy(() => import('./pages/SignIn/SignInPage').then((m) => ({ default: m.SignInPage })));
const YearbooksPage = lazy(() => import('./pages/Yearbooks/YearbooksPage').then((m) => ({ default: m.YearbooksPage })));
const MembersPage = lazy(() => import('./pages/Members/MembersPage').then((m) => ({ default: m.MembersPage })));
const OutlinePage = lazy(() => import('./pages/Outline/OutlinePage').then((m) => ({ default: m.OutlinePage })));
const EntryPage = lazy(() => import('./pages/Entry/EntryPage'));

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

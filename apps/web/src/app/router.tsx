import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from '../layout/Layout';
import { RequireUser } from '../layout/RequireUser';
import { caseLoader, sameCaseKept, sessionLoader } from './route-preload';
import { BootFallback, RouteError } from './RouteError';

/** Route-level code splitting: each page is its own chunk, loaded on navigation. */
function page(load: () => Promise<{ default: ComponentType }>): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: (await load()).default }) };
}

/** The query client feeds the loaders that start a page's requests with its chunk. */
export const appRoutes = (client: QueryClient): RouteObject[] => [
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: RouteError,
    HydrateFallback: BootFallback,
    children: [
      { index: true, ...page(() => import('../pages/HomePage')) },
      { path: 'sign-in', ...page(() => import('../pages/SignInPage')) },
      { path: 'register', ...page(() => import('../pages/RegisterPage')) },
      { path: 'forgot-password', ...page(() => import('../pages/ForgotPasswordPage')) },
      { path: 'reset-password', ...page(() => import('../pages/ResetPasswordPage')) },
      { path: 'assistance', ...page(() => import('../pages/AssistancePage')) },
      { path: 'accessibility', ...page(() => import('../pages/AccessibilityPage')) },
      { path: 'terms', ...page(() => import('../pages/TermsPage')) },
      { path: 'confidentiality', ...page(() => import('../pages/ConfidentialityPage')) },
      { path: 'mailbox', ...page(() => import('../pages/MailboxPage')) },
      { path: 'mailbox/:id', ...page(() => import('../pages/MailboxMessagePage')) },
      { path: 'activation/:token', ...page(() => import('../pages/activation/ActivationPage')) },
      {
        path: 'representations/activate',
        ...page(() => import('../pages/representation/ActivateRepresentationPage')),
      },
      {
        Component: RequireUser,
        loader: sessionLoader(client),
        // Only when a signed-in page is first opened, as RequireUser's own query would.
        shouldRevalidate: () => false,
        children: [
          { path: 'cases', ...page(() => import('../pages/CasesPage')) },
          { path: 'cases/new', ...page(() => import('../pages/NewCasePage')) },
          {
            path: 'cases/:id/:step?',
            ...page(() => import('../pages/CasePage')),
            loader: caseLoader(client),
            shouldRevalidate: sameCaseKept,
          },
          { path: 'staff/intakes', ...page(() => import('../pages/staff/IntakesPage')) },
          { path: 'staff/intakes/new', ...page(() => import('../pages/staff/NewIntakePage')) },
          { path: 'staff/intakes/:id', ...page(() => import('../pages/staff/IntakePage')) },
          {
            path: 'staff/businesses',
            ...page(() => import('../pages/staff/businesses/BusinessesPage')),
          },
          {
            path: 'staff/businesses/new',
            ...page(() => import('../pages/staff/businesses/NewBusinessPage')),
          },
          {
            path: 'staff/businesses/:id',
            ...page(() => import('../pages/staff/businesses/BusinessPage')),
          },
          { path: 'staff', ...page(() => import('../pages/staff/dashboard/DashboardPage')) },
          {
            path: 'staff/mediation',
            ...page(() => import('../pages/staff/mediation/MediationQueuePage')),
          },
          {
            path: 'staff/mediators',
            ...page(() => import('../pages/staff/mediators/MediatorsPage')),
          },
          {
            path: 'staff/mediators/new',
            ...page(() => import('../pages/staff/mediators/NewMediatorPage')),
          },
          {
            path: 'staff/mediators/:id',
            ...page(() => import('../pages/staff/mediators/MediatorPage')),
          },
          {
            path: 'mediator/profile',
            ...page(() => import('../pages/staff/mediators/OwnMediatorPage')),
          },
          { path: 'business', ...page(() => import('../pages/business/MyBusinessPage')) },
          { path: 'profile', ...page(() => import('../pages/profile/ProfilePage')) },
          {
            path: 'notifications',
            ...page(() => import('../pages/notifications/NotificationsPage')),
          },
          { path: 'security/totp', ...page(() => import('../pages/TotpPage')) },
        ],
      },
      { path: '*', ...page(() => import('../pages/NotFoundPage')) },
    ],
  },
];

export function createAppRouter(client: QueryClient) {
  return createBrowserRouter(appRoutes(client));
}

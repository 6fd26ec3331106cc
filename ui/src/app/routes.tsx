import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface AppRoute {
  /** Path under which the feature handles its own sub-routes (e.g. "plans" serves /plans and /plans/:id). */
  path: string;
  /** Label in the navigation; no label keeps the route out of the navigation. */
  label?: string;
  Component: LazyExoticComponent<ComponentType>;
}

/**
 * Every page of the UI. Adding a feature is one line here: its folder's index.tsx default-exports
 * a component that owns its sub-routes. Each page is its own chunk, loaded when first visited.
 */
export const routes: AppRoute[] = [
  { path: 'dashboards', label: 'Dashboards', Component: lazy(() => import('@/features/dashboards')) },
  { path: 'alerts', label: 'Alerts', Component: lazy(() => import('@/features/alerts')) },
  { path: 'plans', label: 'Plans', Component: lazy(() => import('@/features/plans')) },
  { path: 'backups', label: 'Backups', Component: lazy(() => import('@/features/backups')) },
  { path: 'pipelines', label: 'Pipelines', Component: lazy(() => import('@/features/pipelines')) },
  { path: 'audit', label: 'Audit', Component: lazy(() => import('@/features/audit')) },
  { path: 'admin', label: 'Admin', Component: lazy(() => import('@/features/admin')) },
];

/** Where "/" leads. */
export const homePath = '/dashboards';

/**
 * Components shown in the header on every page, left of the alert badge (e.g. a global search
 * box): one line each, `{ id: 'search', Component: lazy(() => import('@/features/search/SearchBox')) }`.
 */
export const headerSlots: { id: string; Component: LazyExoticComponent<ComponentType> }[] = [
  { id: 'search', Component: lazy(() => import('@/features/search/SearchBox')) },
];

import { graphql } from '@/gql';
import type { DashboardFieldsFragment, WidgetDataFieldsFragment } from '@/gql/graphql';

export type Dashboard = DashboardFieldsFragment;
export type Widget = Dashboard['widgets'][number];
export type WidgetData = WidgetDataFieldsFragment;

export const DashboardFields = graphql(`
  fragment DashboardFields on Dashboard {
    id name revision updatedAt
    widgets { id type title dataSource params { name value } x y w h }
  }
`);

export const WidgetDataFields = graphql(`
  fragment WidgetDataFields on WidgetData {
    widgetId type dataSource from to value
    series { name points { at value } }
    items { id title detail at }
  }
`);

export const DashboardList = graphql(`
  query DashboardList { dashboards(first: 100) { edges { node { id name updatedAt widgets { id } } } } }
`);

export const DashboardDetail = graphql(`
  query DashboardDetail($id: ID!) { dashboard(id: $id) { ...DashboardFields } }
`);

export const WidgetLive = graphql(`
  subscription WidgetLive($dashboardId: ID!, $widgetId: String!, $window: RangePreset) {
    widgetData(dashboardId: $dashboardId, widgetId: $widgetId, window: $window) { ...WidgetDataFields }
  }
`);

export const CreateDashboard = graphql(`
  mutation CreateDashboard($input: CreateDashboardInput!) {
    createDashboard(input: $input) { dashboard { id } errors { code message path ... on ValidationError { rule field } } }
  }
`);

export const MoveWidget = graphql(`
  mutation MoveWidget($input: MoveWidgetInput!) {
    moveWidget(input: $input) { dashboard { ...DashboardFields } errors { code message path ... on ValidationError { rule field } ... on StaleError { rule field } } }
  }
`);

export const AddWidget = graphql(`
  mutation AddWidget($input: AddWidgetInput!) {
    addWidget(input: $input) { dashboard { ...DashboardFields } errors { code message path ... on ValidationError { rule field } ... on StaleError { rule field } } }
  }
`);

export const RemoveWidget = graphql(`
  mutation RemoveWidget($input: RemoveWidgetInput!) {
    removeWidget(input: $input) { dashboard { ...DashboardFields } errors { code message path ... on ValidationError { rule field } ... on StaleError { rule field } } }
  }
`);

/** The data sources the server registers (see docs/architecture.md), offered when adding a widget. */
export const DATA_SOURCES = ['open-alerts', 'backup-successes-24h', 'recent-changes', 'plan-progress', 'pipeline-runs-by-state'];

import { Page, Empty } from '@/components/Page';

export default function DashboardsFeature() {
  return <Page title="Dashboards"><Empty>This page is being built.</Empty></Page>;
}

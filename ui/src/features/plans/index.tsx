import { Page, Empty } from '@/components/Page';

export default function PlansFeature() {
  return <Page title="Plans"><Empty>This page is being built.</Empty></Page>;
}

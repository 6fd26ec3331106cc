import { Page, Empty } from '@/components/Page';

export default function PipelinesFeature() {
  return <Page title="Pipelines"><Empty>This page is being built.</Empty></Page>;
}

import { Page, Empty } from '@/components/Page';

export default function BackupsFeature() {
  return <Page title="Backups"><Empty>This page is being built.</Empty></Page>;
}

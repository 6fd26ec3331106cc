import type { WidgetType } from '@/gql/graphql';
import type { WidgetData } from '../api';

export interface WidgetProps {
  title: string;
  data: WidgetData;
}

/** Every widget type of the schema; the registry must have a component for each (a test checks). */
export const WIDGET_TYPES = ['TIMESERIES', 'LIST', 'COUNTER', 'TIMELINE'] as const satisfies readonly WidgetType[];

import { createElement, lazy, type ComponentType, type ReactElement } from 'react';
import type { WidgetType } from '@/gql/graphql';
import { CounterWidget } from './CounterWidget';
import { ListWidget } from './ListWidget';
import { TimelineWidget } from './TimelineWidget';
import type { WidgetProps } from './types';

/**
 * Widget type -> the component that draws it. A new type is one line here (and its component);
 * the chart library loads only with the first TIMESERIES widget.
 */
export const widgetRegistry: Record<WidgetType, ComponentType<WidgetProps>> = {
  COUNTER: CounterWidget,
  LIST: ListWidget,
  TIMELINE: TimelineWidget,
  TIMESERIES: lazy(() => import('./TimeseriesWidget')),
};

/** The component for a type; a type this UI does not know yet is drawn as a note, never a crash. */
export function widgetFor(type: string): ComponentType<WidgetProps> {
  return (widgetRegistry as Record<string, ComponentType<WidgetProps>>)[type] ?? UnknownWidget;
}

function UnknownWidget({ data }: WidgetProps) {
  return <p className="empty">This console cannot draw {data.type} widgets yet.</p>;
}

/** Draws a widget with the component its type maps to (a lookup, not a component made per render). */
export function renderWidget(type: string, props: WidgetProps): ReactElement {
  return createElement(widgetFor(type), props);
}

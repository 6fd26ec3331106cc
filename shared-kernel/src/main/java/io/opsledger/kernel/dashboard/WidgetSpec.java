package io.opsledger.kernel.dashboard;

/** A whole widget as a command describes it. */
public record WidgetSpec(WidgetId widgetId, WidgetType type, WidgetBinding binding, GridPlacement placement) {
}

package io.opsledger.kernel.dashboard;

/** How a widget draws its data, the seed's widget registry: each type has one component in the UI. */
public enum WidgetType { TIMESERIES, LIST, COUNTER, TIMELINE }

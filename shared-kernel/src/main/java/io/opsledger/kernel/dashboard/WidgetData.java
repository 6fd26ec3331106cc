package io.opsledger.kernel.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * What a widget draws, as its type needs it: a COUNTER reads {@code value}, a TIMESERIES
 * {@code series}, a LIST and a TIMELINE {@code items}. The other fields are empty.
 */
public record WidgetData(String widgetId, WidgetType type, String dataSource, Instant from, Instant to,
                         Double value, List<Series> series, List<Item> items) {

    public WidgetData {
        series = series == null ? List.of() : List.copyOf(series);
        items = items == null ? List.of() : List.copyOf(items);
    }

    public record Series(String name, List<Point> points) {
    }

    public record Point(Instant at, double value) {
    }

    /** One row of a list or one entry of a timeline ({@code at} orders a timeline). */
    public record Item(String id, String title, String detail, Instant at) {
    }

    public static WidgetData counter(double value) {
        return new WidgetData(null, WidgetType.COUNTER, null, null, null, value, null, null);
    }

    public static WidgetData series(List<Series> series) {
        return new WidgetData(null, WidgetType.TIMESERIES, null, null, null, null, series, null);
    }

    public static WidgetData items(WidgetType type, List<Item> items) {
        return new WidgetData(null, type, null, null, null, null, null, items);
    }

    /** The same data, labelled with the widget and the window it was read for. */
    public WidgetData of(String widgetId, String dataSource, TimeRange range) {
        return new WidgetData(widgetId, type, dataSource, range.from(), range.to(), value, series, items);
    }
}

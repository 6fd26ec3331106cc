package io.opsledger.query.widgetdata;

import io.opsledger.kernel.dashboard.TimeRange;
import io.opsledger.kernel.dashboard.WidgetData;
import io.opsledger.kernel.dashboard.WidgetType;

import java.util.Map;
import java.util.Set;

/** A named source of widget data. Declare one as a Spring bean and widgets can use it. */
public interface WidgetDataSource {

    /** The name widgets bind to, e.g. {@code open-alerts}. */
    String name();

    /** The widget types this source can feed. */
    Set<WidgetType> types();

    /** The data for a widget of {@code type} (one of {@link #types()}) over {@code range}. */
    WidgetData load(WidgetType type, Map<String, String> params, TimeRange range);

    /** The event types that can change this source's data; a live widget reloads when one arrives. */
    Set<Class<?>> relevantEvents();

    /** A whole-number parameter, its default when absent; a malformed value is the client's error. */
    static int intParam(Map<String, String> params, String name, int defaultValue, int min, int max) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Math.clamp(Integer.parseInt(value.strip()), min, max);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter %s must be a whole number, not \"%s\"".formatted(name, value));
        }
    }
}

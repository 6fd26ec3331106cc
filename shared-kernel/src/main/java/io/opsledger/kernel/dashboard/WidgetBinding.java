package io.opsledger.kernel.dashboard;

import java.util.Map;

/** What a widget shows: its title, and the data source it reads with that source's parameters. */
public record WidgetBinding(String title, String dataSource, Map<String, String> params) {

    public WidgetBinding {
        params = params == null ? Map.of() : Map.copyOf(params);
    }
}

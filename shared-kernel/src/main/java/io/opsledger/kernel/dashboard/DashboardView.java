package io.opsledger.kernel.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A dashboard as the read model holds it; {@code revision} is the sequence number of its last event. */
public record DashboardView(String id, String name, long revision, Instant createdAt, Instant updatedAt,
                            List<Widget> widgets) {

    public record Widget(String id, WidgetType type, String title, String dataSource, Map<String, String> params,
                         int x, int y, int w, int h) {
    }
}

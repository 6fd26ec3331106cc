package io.opsledger.query.widgetdata;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

/** A registry with only the open-alerts source, for tests outside this package. */
public final class WidgetDataSourcesForTest {

    private WidgetDataSourcesForTest() {
    }

    public static WidgetDataSources openAlertsOnly(JdbcClient jdbc) {
        return new WidgetDataSources(List.of(new OpenAlertsDataSource(jdbc)));
    }
}

package io.opsledger.query.widgetdata;

import io.opsledger.kernel.dashboard.DataSourceCatalog;
import io.opsledger.kernel.dashboard.TimeRange;
import io.opsledger.kernel.dashboard.WidgetData;
import io.opsledger.kernel.dashboard.WidgetType;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The registry: every {@link WidgetDataSource} bean by name. Also the catalog the dashboard aggregate checks. */
@Component
public class WidgetDataSources implements DataSourceCatalog {

    private final Map<String, WidgetDataSource> byName;

    WidgetDataSources(List<WidgetDataSource> sources) {
        this.byName = sources.stream().collect(Collectors.toMap(WidgetDataSource::name, Function.identity(),
                (first, second) -> {
                    throw new IllegalStateException("two data sources are named " + first.name());
                }, TreeMap::new));
    }

    @Override
    public Set<WidgetType> typesOf(String dataSource) {
        return find(dataSource).map(WidgetDataSource::types).orElse(Set.of());
    }

    public Optional<WidgetDataSource> find(String dataSource) {
        return Optional.ofNullable(dataSource == null ? null : byName.get(dataSource));
    }

    public List<WidgetDataSource> all() {
        return List.copyOf(byName.values());
    }

    /** Whether an event of this type can change what the named source answers. */
    public boolean isRelevant(String dataSource, Class<?> eventType) {
        return find(dataSource).map(source -> source.relevantEvents().stream()
                .anyMatch(relevant -> relevant.isAssignableFrom(eventType))).orElse(false);
    }

    WidgetData load(String dataSource, WidgetType type, Map<String, String> params, TimeRange range) {
        WidgetDataSource source = find(dataSource)
                .orElseThrow(() -> new IllegalArgumentException("there is no data source named " + dataSource));
        return source.load(type, params, range);
    }
}

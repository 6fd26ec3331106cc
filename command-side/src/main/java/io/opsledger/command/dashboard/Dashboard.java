package io.opsledger.command.dashboard;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.opsledger.command.snapshot.SnapshotConfiguration;
import io.opsledger.kernel.dashboard.AddWidgetCommand;
import io.opsledger.kernel.dashboard.ConfigureWidgetCommand;
import io.opsledger.kernel.dashboard.CreateDashboardCommand;
import io.opsledger.kernel.dashboard.DashboardCreatedEvent;
import io.opsledger.kernel.dashboard.DashboardId;
import io.opsledger.kernel.dashboard.DashboardRenamedEvent;
import io.opsledger.kernel.dashboard.DataSourceCatalog;
import io.opsledger.kernel.dashboard.GridPlacement;
import io.opsledger.kernel.dashboard.MoveWidgetCommand;
import io.opsledger.kernel.dashboard.RemoveWidgetCommand;
import io.opsledger.kernel.dashboard.RenameDashboardCommand;
import io.opsledger.kernel.dashboard.WidgetAddedEvent;
import io.opsledger.kernel.dashboard.WidgetBinding;
import io.opsledger.kernel.dashboard.WidgetConfiguredEvent;
import io.opsledger.kernel.dashboard.WidgetId;
import io.opsledger.kernel.dashboard.WidgetMovedEvent;
import io.opsledger.kernel.dashboard.WidgetRemovedEvent;
import io.opsledger.kernel.dashboard.WidgetSpec;
import io.opsledger.kernel.dashboard.WidgetType;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static io.opsledger.command.messaging.AggregateClock.now;
import static io.opsledger.command.messaging.AggregateClock.revision;
import static io.opsledger.kernel.dashboard.DashboardRule.DASHBOARD_NAME_REQUIRED;
import static io.opsledger.kernel.dashboard.DashboardRule.DATA_SOURCE_TYPE_MISMATCH;
import static io.opsledger.kernel.dashboard.DashboardRule.DATA_SOURCE_UNKNOWN;
import static io.opsledger.kernel.dashboard.DashboardRule.NAME_CHANGED_MEANWHILE;
import static io.opsledger.kernel.dashboard.DashboardRule.WIDGET_CHANGED_MEANWHILE;
import static io.opsledger.kernel.dashboard.DashboardRule.WIDGET_ID_REQUIRED;
import static io.opsledger.kernel.dashboard.DashboardRule.WIDGET_ID_TAKEN;
import static io.opsledger.kernel.dashboard.DashboardRule.WIDGET_NOT_FOUND;
import static io.opsledger.kernel.dashboard.DashboardRule.WIDGET_OUTSIDE_GRID;
import static io.opsledger.kernel.dashboard.DashboardRule.WIDGET_OVERLAP;
import static io.opsledger.kernel.dashboard.DashboardRule.WIDGET_TYPE_REQUIRED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One dashboard. Every handler answers the dashboard's revision after the change, which a client
 * sends back as {@code basedOnRevision} with its next edit.
 */
@Aggregate(snapshotTriggerDefinition = SnapshotConfiguration.TRIGGER)
@Revision("1")
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
class Dashboard {

    @AggregateIdentifier
    private DashboardId id;
    private String name;
    private long nameChangedAt;
    private final Map<WidgetId, Placed> widgets = new LinkedHashMap<>();

    /** What the rules need of a widget; {@code changedAt} is the revision of its last change. */
    private record Placed(WidgetType type, WidgetBinding binding, GridPlacement placement, long changedAt) {
    }

    Dashboard() {
        // for Axon's event sourcing
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    long handle(CreateDashboardCommand command, DataSourceCatalog catalog) {
        apply(new DashboardCreatedEvent(command.dashboardId(), requireName(command.name()),
                now()));
        for (WidgetSpec widget : command.widgets()) {
            add(widget, catalog);
        }
        return revision();
    }

    @CommandHandler
    long handle(RenameDashboardCommand command) {
        String renamed = requireName(command.name());
        if (changedSince(nameChangedAt, command.basedOnRevision()) && !renamed.equals(name)) {
            throw NAME_CHANGED_MEANWHILE.violated(
                    "the dashboard was renamed to \"%s\" at revision %d, after revision %d your rename to \"%s\" is based on",
                    name, nameChangedAt, command.basedOnRevision(), renamed);
        }
        if (!renamed.equals(name)) {
            apply(new DashboardRenamedEvent(id, renamed));
        }
        return revision();
    }

    /** A widget added meanwhile only matters if it is in the way, which the overlap rule already says. */
    @CommandHandler
    long handle(AddWidgetCommand command, DataSourceCatalog catalog) {
        add(command.widget(), catalog);
        return revision();
    }

    @CommandHandler
    long handle(MoveWidgetCommand command) {
        Placed widget = unchangedSince(command.widgetId(), command.basedOnRevision(), "moved to " + command.placement());
        if (!widget.placement().equals(command.placement())) {
            requireFree(command.widgetId(), command.placement());
            apply(new WidgetMovedEvent(id, command.widgetId(), command.placement()));
        }
        return revision();
    }

    @CommandHandler
    long handle(ConfigureWidgetCommand command, DataSourceCatalog catalog) {
        Placed widget = unchangedSince(command.widgetId(), command.basedOnRevision(),
                "configured as " + describe(command.binding()));
        requireSource(widget.type(), command.binding(), catalog);
        WidgetBinding binding = new WidgetBinding(blankToNull(command.binding().title()),
                command.binding().dataSource(), command.binding().params());
        if (!binding.equals(widget.binding())) {
            apply(new WidgetConfiguredEvent(id, command.widgetId(), binding));
        }
        return revision();
    }

    @CommandHandler
    long handle(RemoveWidgetCommand command) {
        unchangedSince(command.widgetId(), command.basedOnRevision(), "removed");
        apply(new WidgetRemovedEvent(id, command.widgetId()));
        return revision();
    }

    private void add(WidgetSpec spec, DataSourceCatalog catalog) {
        if (spec.widgetId() == null || spec.widgetId().value().isBlank()) {
            throw WIDGET_ID_REQUIRED.violated("a widget needs an id, unique within its dashboard");
        }
        if (widgets.containsKey(spec.widgetId())) {
            throw WIDGET_ID_TAKEN.violated("dashboard %s already has a widget %s", id, spec.widgetId());
        }
        if (spec.type() == null) {
            throw WIDGET_TYPE_REQUIRED.violated("widget %s needs a type", spec.widgetId());
        }
        requireSource(spec.type(), spec.binding(), catalog);
        requireFree(spec.widgetId(), spec.placement());
        WidgetBinding binding = new WidgetBinding(blankToNull(spec.binding().title()), spec.binding().dataSource(),
                spec.binding().params());
        apply(new WidgetAddedEvent(id, new WidgetSpec(spec.widgetId(), spec.type(), binding, spec.placement())));
    }

    private void requireSource(WidgetType type, WidgetBinding binding, DataSourceCatalog catalog) {
        String source = binding == null ? null : binding.dataSource();
        Set<WidgetType> types = source == null ? Set.of() : catalog.typesOf(source);
        if (types.isEmpty()) {
            throw DATA_SOURCE_UNKNOWN.violated("there is no data source named \"%s\"", source);
        }
        if (!types.contains(type)) {
            throw DATA_SOURCE_TYPE_MISMATCH.violated("data source %s feeds %s widgets, not %s", source, types, type);
        }
    }

    private void requireFree(WidgetId widgetId, GridPlacement placement) {
        if (placement == null || !placement.insideGrid()) {
            throw WIDGET_OUTSIDE_GRID.violated("widget %s at %s does not fit the %d-column grid",
                    widgetId, placement, GridPlacement.COLUMNS);
        }
        widgets.forEach((other, widget) -> {
            if (!other.equals(widgetId) && widget.placement().overlaps(placement)) {
                throw WIDGET_OVERLAP.violated("widget %s at %s would overlap widget %s at %s",
                        widgetId, placement, other, widget.placement());
            }
        });
    }

    /** The widget, unless it changed after the revision the edit is based on. */
    private Placed unchangedSince(WidgetId widgetId, Long basedOnRevision, String wanted) {
        Placed widget = widgetId == null ? null : widgets.get(widgetId);
        if (widget == null) {
            throw WIDGET_NOT_FOUND.violated("dashboard %s has no widget %s", id, widgetId);
        }
        if (changedSince(widget.changedAt(), basedOnRevision)) {
            throw WIDGET_CHANGED_MEANWHILE.violated(
                    "widget %s changed at revision %d, after revision %d your edit is based on: it is now %s at %s; your edit %s",
                    widgetId, widget.changedAt(), basedOnRevision, describe(widget.binding()), widget.placement(), wanted);
        }
        return widget;
    }

    private static boolean changedSince(long changedAt, Long basedOnRevision) {
        return basedOnRevision != null && changedAt > basedOnRevision;
    }

    private static String describe(WidgetBinding binding) {
        return binding == null ? "nothing"
                : "%s%s %s".formatted(binding.dataSource(), binding.params(),
                        binding.title() == null ? "without a title" : "titled \"" + binding.title() + "\"");
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw DASHBOARD_NAME_REQUIRED.violated("a dashboard needs a name");
        }
        return name.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @EventSourcingHandler
    void on(DashboardCreatedEvent event, @SequenceNumber long sequence) {
        id = event.dashboardId();
        name = event.name();
        nameChangedAt = sequence;
    }

    @EventSourcingHandler
    void on(DashboardRenamedEvent event, @SequenceNumber long sequence) {
        name = event.name();
        nameChangedAt = sequence;
    }

    @EventSourcingHandler
    void on(WidgetAddedEvent event, @SequenceNumber long sequence) {
        WidgetSpec spec = event.widget();
        widgets.put(spec.widgetId(), new Placed(spec.type(), spec.binding(), spec.placement(), sequence));
    }

    @EventSourcingHandler
    void on(WidgetMovedEvent event, @SequenceNumber long sequence) {
        Placed widget = widgets.get(event.widgetId());
        widgets.put(event.widgetId(), new Placed(widget.type(), widget.binding(), event.placement(), sequence));
    }

    @EventSourcingHandler
    void on(WidgetConfiguredEvent event, @SequenceNumber long sequence) {
        Placed widget = widgets.get(event.widgetId());
        widgets.put(event.widgetId(), new Placed(widget.type(), event.binding(), widget.placement(), sequence));
    }

    @EventSourcingHandler
    void on(WidgetRemovedEvent event) {
        widgets.remove(event.widgetId());
    }
}

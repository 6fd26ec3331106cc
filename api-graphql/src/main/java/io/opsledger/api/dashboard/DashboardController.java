package io.opsledger.api.dashboard;

import io.opsledger.api.graphql.PageInfo;
import io.opsledger.api.graphql.UserError;
import io.opsledger.api.graphql.UserError.NotFoundError;
import io.opsledger.api.graphql.UserErrors;
import io.opsledger.api.messaging.CommandDispatcher;
import io.opsledger.api.messaging.Queries;
import io.opsledger.kernel.dashboard.AddWidgetCommand;
import io.opsledger.kernel.dashboard.ConfigureWidgetCommand;
import io.opsledger.kernel.dashboard.CreateDashboardCommand;
import io.opsledger.kernel.dashboard.DashboardId;
import io.opsledger.kernel.dashboard.DashboardPage;
import io.opsledger.kernel.dashboard.DashboardView;
import io.opsledger.kernel.dashboard.FindDashboardQuery;
import io.opsledger.kernel.dashboard.FindDashboardsQuery;
import io.opsledger.kernel.dashboard.FindWidgetDataQuery;
import io.opsledger.kernel.dashboard.GridPlacement;
import io.opsledger.kernel.dashboard.MoveWidgetCommand;
import io.opsledger.kernel.dashboard.RemoveWidgetCommand;
import io.opsledger.kernel.dashboard.RenameDashboardCommand;
import io.opsledger.kernel.dashboard.TimeRange;
import io.opsledger.kernel.dashboard.WatchWidgetDataQuery;
import io.opsledger.kernel.dashboard.WidgetBinding;
import io.opsledger.kernel.dashboard.WidgetData;
import io.opsledger.kernel.dashboard.WidgetDataChanged;
import io.opsledger.kernel.dashboard.WidgetId;
import io.opsledger.kernel.dashboard.WidgetSpec;
import io.opsledger.kernel.dashboard.WidgetType;
import io.opsledger.query.readmodel.ProcessingGroups;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Controller
class DashboardController {

    private static final String DASHBOARD = "Dashboard";

    private final CommandDispatcher commands;
    private final Queries queries;
    private final Duration liveInterval;

    DashboardController(CommandDispatcher commands, Queries queries,
                        @Value("${opsledger.live.widget-interval:1s}") Duration liveInterval) {
        this.commands = commands;
        this.queries = queries;
        this.liveInterval = liveInterval;
    }

    enum RangePreset {
        LAST_HOUR(Duration.ofHours(1)), LAST_24_HOURS(Duration.ofHours(24)), LAST_7_DAYS(Duration.ofDays(7)),
        LAST_30_DAYS(Duration.ofDays(30));

        final Duration length;

        RangePreset(Duration length) {
            this.length = length;
        }
    }

    record TimeRangeInput(Instant from, Instant to, RangePreset preset) {
    }

    record DashboardConnection(List<DashboardPage.Edge> edges, PageInfo pageInfo) {
    }

    record DashboardPayload(DashboardView dashboard, UUID createdId, List<UserError> errors, boolean readModelBehind) {

        static DashboardPayload failure(UserError error) {
            return new DashboardPayload(null, null, List.of(error), false);
        }
    }

    record WidgetParam(String name, String value) {
    }

    record WidgetInput(String id, WidgetType type, String title, String dataSource, List<WidgetParam> params,
                       int x, int y, int w, int h) {

        WidgetSpec spec() {
            return new WidgetSpec(new WidgetId(id.strip()), type, new WidgetBinding(title, dataSource, toMap(params)),
                    new GridPlacement(x, y, w, h));
        }
    }

    record CreateDashboardInput(UUID id, String name, List<WidgetInput> widgets) {
    }

    record RenameDashboardInput(UUID id, String name, Long basedOnRevision) {
    }

    record AddWidgetInput(UUID dashboardId, WidgetInput widget, Long basedOnRevision) {
    }

    record MoveWidgetInput(UUID dashboardId, String widgetId, int x, int y, int w, int h, Long basedOnRevision) {
    }

    record ConfigureWidgetInput(UUID dashboardId, String widgetId, String title, String dataSource,
                                List<WidgetParam> params, Long basedOnRevision) {
    }

    record RemoveWidgetInput(UUID dashboardId, String widgetId, Long basedOnRevision) {
    }

    @QueryMapping("dashboards")
    Mono<DashboardConnection> dashboardPage(@Argument int first, @Argument String after) {
        return query(new FindDashboardsQuery(first, after), DashboardPage.class)
                .map(page -> new DashboardConnection(page.edges(), PageInfo.of(page.edges(), DashboardPage.Edge::cursor,
                        page.hasNextPage(), page.hasPreviousPage())));
    }

    @QueryMapping
    Mono<DashboardView> dashboard(@Argument UUID id) {
        return query(new FindDashboardQuery(new DashboardId(id)), DashboardView.class);
    }

    @SchemaMapping(typeName = "Widget", field = "params")
    List<WidgetParam> params(DashboardView.Widget widget) {
        return widget.params().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(param -> new WidgetParam(param.getKey(), param.getValue())).toList();
    }

    @QueryMapping("widgetData")
    Mono<WidgetData> widgetDataForRange(@Argument UUID dashboardId, @Argument String widgetId,
                                        @Argument TimeRangeInput range) {
        return query(new FindWidgetDataQuery(new DashboardId(dashboardId), new WidgetId(widgetId), range(range)),
                WidgetData.class);
    }

    /**
     * The initial data, then a fresh read after each burst of change signals, sampled so a widget
     * is read at most once per interval however many events arrive.
     */
    @SubscriptionMapping("widgetData")
    Flux<WidgetData> widgetDataStream(@Argument UUID dashboardId, @Argument String widgetId,
                                      @Argument RangePreset window) {
        Duration length = (window == null ? RangePreset.LAST_24_HOURS : window).length;
        WatchWidgetDataQuery watch = new WatchWidgetDataQuery(new DashboardId(dashboardId), new WidgetId(widgetId), length);
        return queries.watch(watch, WidgetData.class, WidgetDataChanged.class,
                () -> new IllegalArgumentException("dashboard %s has no widget %s".formatted(dashboardId, widgetId)),
                changes -> changes.sample(liveInterval)
                        .concatMap(changed -> query(new FindWidgetDataQuery(watch.dashboardId(), watch.widgetId(),
                                TimeRange.last(length, Instant.now())), WidgetData.class)));
    }

    @MutationMapping
    Mono<DashboardPayload> createDashboard(@Argument CreateDashboardInput input) {
        DashboardId id = new DashboardId(input.id() == null ? UUID.randomUUID() : input.id());
        List<WidgetSpec> widgets = input.widgets() == null ? List.of()
                : input.widgets().stream().map(WidgetInput::spec).toList();
        return execute(id, new CreateDashboardCommand(id, input.name(), widgets), id.value());
    }

    @MutationMapping
    Mono<DashboardPayload> renameDashboard(@Argument RenameDashboardInput input) {
        DashboardId id = new DashboardId(input.id());
        return execute(id, new RenameDashboardCommand(id, input.name(), input.basedOnRevision()), null);
    }

    @MutationMapping
    Mono<DashboardPayload> addWidget(@Argument AddWidgetInput input) {
        DashboardId id = new DashboardId(input.dashboardId());
        return execute(id, new AddWidgetCommand(id, input.widget().spec(), input.basedOnRevision()), null);
    }

    @MutationMapping
    Mono<DashboardPayload> moveWidget(@Argument MoveWidgetInput input) {
        DashboardId id = new DashboardId(input.dashboardId());
        return execute(id, new MoveWidgetCommand(id, new WidgetId(input.widgetId()),
                new GridPlacement(input.x(), input.y(), input.w(), input.h()), input.basedOnRevision()), null);
    }

    @MutationMapping
    Mono<DashboardPayload> configureWidget(@Argument ConfigureWidgetInput input) {
        DashboardId id = new DashboardId(input.dashboardId());
        return execute(id, new ConfigureWidgetCommand(id, new WidgetId(input.widgetId()),
                new WidgetBinding(input.title(), input.dataSource(), toMap(input.params())), input.basedOnRevision()), null);
    }

    @MutationMapping
    Mono<DashboardPayload> removeWidget(@Argument RemoveWidgetInput input) {
        DashboardId id = new DashboardId(input.dashboardId());
        return execute(id, new RemoveWidgetCommand(id, new WidgetId(input.widgetId()), input.basedOnRevision()), null);
    }

    /**
     * Sends the command, then answers with the dashboard once the read model shows the revision it
     * returned (or, past the wait, as far as it is known, flagged as behind).
     */
    private Mono<DashboardPayload> execute(DashboardId id, Object command, UUID createdId) {
        return commands.send(command, createdId)
                .flatMap(result -> queries.atLeast(ProcessingGroups.DASHBOARD_LAYOUT, result.aggregateId(),
                        result.revision(), new FindDashboardQuery(new DashboardId(UUID.fromString(result.aggregateId()))),
                        DashboardView.class, DashboardView::revision))
                .flatMap(dashboard -> dashboard.value() == null && !dashboard.behind() ? notFound(id)
                        : Mono.just(new DashboardPayload(dashboard.value(), createdId, List.of(), dashboard.behind())))
                .onErrorResume(failure -> UserErrors.from(failure, DASHBOARD, id.toString())
                        .map(error -> Mono.just(DashboardPayload.failure(error)))
                        .orElseGet(() -> Mono.error(failure)));
    }

    private static Mono<DashboardPayload> notFound(DashboardId id) {
        return Mono.just(DashboardPayload.failure(new NotFoundError("Dashboard %s does not exist".formatted(id),
                DASHBOARD, id.toString(), List.of("input", "id"))));
    }

    private static TimeRange range(TimeRangeInput input) {
        Instant now = Instant.now();
        if (input == null || input.from() == null && input.to() == null) {
            RangePreset preset = Optional.ofNullable(input).map(TimeRangeInput::preset).orElse(RangePreset.LAST_24_HOURS);
            return TimeRange.last(preset.length, now);
        }
        Instant to = input.to() == null ? now : input.to();
        Instant from = input.from() == null
                ? to.minus(Optional.ofNullable(input.preset()).orElse(RangePreset.LAST_24_HOURS).length) : input.from();
        return new TimeRange(from, to);
    }

    private static Map<String, String> toMap(List<WidgetParam> params) {
        Map<String, String> map = new LinkedHashMap<>();
        if (params != null) {
            params.forEach(param -> map.put(param.name(), param.value()));
        }
        return map;
    }

    private <R> Mono<R> query(Object query, Class<R> type) {
        return queries.query(query, type);
    }
}

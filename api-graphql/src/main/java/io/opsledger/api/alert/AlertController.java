package io.opsledger.api.alert;

import io.opsledger.api.graphql.PageInfo;
import io.opsledger.api.graphql.UserError;
import io.opsledger.api.graphql.UserError.NotFoundError;
import io.opsledger.api.graphql.UserErrors;
import io.opsledger.api.messaging.CommandDispatcher;
import io.opsledger.api.messaging.Queries;
import io.opsledger.api.messaging.RequestOrigin;
import io.opsledger.kernel.MessageMetadata;
import io.opsledger.kernel.alert.AcknowledgeAlertCommand;
import io.opsledger.kernel.alert.AlertId;
import io.opsledger.kernel.alert.AlertKind;
import io.opsledger.kernel.alert.AlertPage;
import io.opsledger.kernel.alert.AlertSeverity;
import io.opsledger.kernel.alert.AlertStatus;
import io.opsledger.kernel.alert.AlertStreamId;
import io.opsledger.kernel.alert.AlertView;
import io.opsledger.kernel.alert.FindAlertQuery;
import io.opsledger.kernel.alert.FindAlertsQuery;
import io.opsledger.kernel.alert.RaiseAlertCommand;
import io.opsledger.kernel.alert.ResolveAlertCommand;
import io.opsledger.kernel.alert.WatchAlertsQuery;
import io.opsledger.query.readmodel.ProcessingGroups;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

@Controller
class AlertController {

    private final CommandDispatcher commands;
    private final Queries queries;

    AlertController(CommandDispatcher commands, Queries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    record AlertConnection(List<AlertPage.Edge> edges, PageInfo pageInfo) {
    }

    record AlertPayload(AlertView alert, UUID createdId, List<UserError> errors, boolean readModelBehind) {

        static AlertPayload failure(UserError error) {
            return new AlertPayload(null, null, List.of(error), false);
        }
    }

    record RaiseAlertInput(String key, AlertSeverity severity, String title, String message, AlertKind kind) {
    }

    record AcknowledgeAlertInput(UUID id, String comment) {
    }

    record ResolveAlertInput(UUID id, String reason) {
    }

    @QueryMapping("alerts")
    Mono<AlertConnection> alertPage(@Argument int first, @Argument String after, @Argument AlertStatus status,
                                    @Argument AlertSeverity minSeverity) {
        return query(new FindAlertsQuery(status, minSeverity, first, after), AlertPage.class)
                .map(page -> new AlertConnection(page.edges(), PageInfo.of(page.edges(), AlertPage.Edge::cursor,
                        page.hasNextPage(), page.hasPreviousPage())));
    }

    @QueryMapping
    Mono<AlertView> alert(@Argument UUID id) {
        return query(new FindAlertQuery(id), AlertView.class);
    }

    @SubscriptionMapping("alerts")
    Flux<AlertView> alertStream(@Argument AlertSeverity minSeverity, @Argument List<AlertKind> kinds) {
        WatchAlertsQuery watch = new WatchAlertsQuery(minSeverity, kinds == null ? Set.of() : Set.copyOf(kinds));
        return queries.watchAll(watch, AlertView.class);
    }

    @MutationMapping
    Mono<AlertPayload> raiseAlert(@Argument RaiseAlertInput input) {
        String key = input.key() == null ? "" : input.key().strip();
        AlertKind kind = input.kind() == null ? AlertKind.MANUAL : input.kind();
        return execute(RaiseAlertCommand.of(key, kind, input.severity(), input.title(), input.message(), null, null),
                null, "Alert", key);
    }

    @MutationMapping
    Mono<AlertPayload> acknowledgeAlert(@Argument AcknowledgeAlertInput input) {
        return onExisting(input.id(), alert -> Mono.deferContextual(context -> execute(new AcknowledgeAlertCommand(
                AlertStreamId.forKey(alert.key()), new AlertId(alert.id()), principal(context), input.comment()),
                alert.id(), "Alert", input.id().toString())));
    }

    @MutationMapping
    Mono<AlertPayload> resolveAlert(@Argument ResolveAlertInput input) {
        return onExisting(input.id(), alert -> Mono.deferContextual(context -> execute(new ResolveAlertCommand(
                AlertStreamId.forKey(alert.key()), new AlertId(alert.id()), principal(context), input.reason()),
                alert.id(), "Alert", input.id().toString())));
    }

    private Mono<AlertPayload> onExisting(UUID alertId, Function<AlertView, Mono<AlertPayload>> action) {
        return query(new FindAlertQuery(alertId), AlertView.class)
                .flatMap(action)
                .switchIfEmpty(Mono.fromSupplier(() -> AlertPayload.failure(new NotFoundError(
                        "Alert %s does not exist".formatted(alertId), "Alert", alertId.toString(), List.of("input", "id")))));
    }

    /**
     * Sends the command, then answers with the alert once the read model shows the change (or, past
     * the wait, as far as it is known, flagged as behind). {@code alertId} is the alert acted on;
     * a raise leaves it null and answers the alert the server chose as {@code createdId}.
     */
    private Mono<AlertPayload> execute(Object command, UUID alertId, String entity, String id) {
        return commands.send(command, alertId)
                .flatMap(change -> change.createdId() == null
                        ? Mono.just(new AlertPayload(null, null, List.of(), false))
                        : queries.atLeast(ProcessingGroups.ALERT_FEED, change.aggregateId(), change.revision(),
                                new FindAlertQuery(change.createdId()), AlertView.class, AlertView::revision)
                        .map(alert -> new AlertPayload(alert.value(), alertId == null ? change.createdId() : null,
                                List.of(), alert.behind())))
                .onErrorResume(failure -> UserErrors.from(failure, entity, id)
                        .map(error -> Mono.just(AlertPayload.failure(error)))
                        .orElseGet(() -> Mono.error(failure)));
    }

    private <R> Mono<R> query(Object query, Class<R> type) {
        return queries.query(query, type);
    }

    private static String principal(ContextView context) {
        return context.<RequestOrigin>getOrEmpty(RequestOrigin.CONTEXT_KEY).map(RequestOrigin::principal)
                .orElse(MessageMetadata.ANONYMOUS);
    }
}

package io.opsledger.api.projections;

import io.opsledger.api.graphql.UserError;
import io.opsledger.api.messaging.BlockingWork;
import io.opsledger.query.rebuild.ProcessingGroupStatus;
import io.opsledger.query.rebuild.ProcessingGroups;
import io.opsledger.query.rebuild.ProjectionRebuilds;
import io.opsledger.query.rebuild.RebuildRejectedException;
import io.opsledger.query.rebuild.RebuildStatus;
import io.opsledger.query.rebuild.RebuildStatus.Purpose;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

@Controller
class ProjectionsController {

    private static final Duration PROGRESS_INTERVAL = Duration.ofMillis(250);

    private final ProjectionRebuilds rebuilds;
    private final ProcessingGroups groups;
    /** JDBC and Axon calls off the event loop, never interrupted (H2 closes on interrupts). */
    private final BlockingWork blocking;

    ProjectionsController(ProjectionRebuilds rebuilds, ProcessingGroups groups, BlockingWork blocking) {
        this.blocking = blocking;
        this.rebuilds = rebuilds;
        this.groups = groups;
    }

    record ProjectionInput(String name) {
    }

    record ProjectionPayload(RebuildStatus status, List<UserError> errors) {
    }

    @QueryMapping
    Mono<List<ProcessingGroupStatus>> projections() {
        return blocking.call(groups::list);
    }

    @QueryMapping
    Mono<RebuildStatus> projectionRebuild(@Argument String name, @Argument Purpose purpose) {
        return blocking.call(() -> rebuilds.status(name, purpose).orElse(null));
    }

    @MutationMapping
    Mono<ProjectionPayload> rebuildProjection(@Argument ProjectionInput input) {
        return payload(() -> rebuilds.start(input.name(), Purpose.REBUILD), input);
    }

    @MutationMapping
    Mono<ProjectionPayload> verifyProjection(@Argument ProjectionInput input) {
        return payload(() -> rebuilds.start(input.name(), Purpose.VERIFY), input);
    }

    @MutationMapping
    Mono<ProjectionPayload> cancelProjectionRebuild(@Argument ProjectionInput input) {
        return payload(() -> {
            rebuilds.cancel(input.name());
            return rebuilds.status(input.name(), Purpose.REBUILD).orElse(null);
        }, input);
    }

    @SubscriptionMapping
    Flux<RebuildStatus> projectionStatus(@Argument String name, @Argument Purpose purpose) {
        Flux<RebuildStatus> changes = Flux.<RebuildStatus>create(sink -> {
                    Runnable stop = rebuilds.listen(status -> {
                        if (status.processingGroup().equals(name) && status.purpose() == purpose) {
                            sink.next(status);
                        }
                    });
                    sink.onDispose(stop::run);
                })
                .publish().autoConnect(2);
        // The end may come between the first status and the listener's registration (both branches
        // above subscribed): the finished status is read once more after it, so that it is never missed.
        Flux<RebuildStatus> live = Flux.merge(
                        changes.filter(status -> !status.finished()).sample(PROGRESS_INTERVAL),
                        changes.filter(RebuildStatus::finished),
                        blocking.call(() -> rebuilds.status(name, purpose).filter(RebuildStatus::finished).orElse(null)))
                .takeUntil(RebuildStatus::finished);
        return blocking.call(() -> rebuilds.status(name, purpose).orElse(null))
                .flatMapMany(current -> current.finished() ? Flux.just(current) : Flux.just(current).concatWith(live))
                .switchIfEmpty(live);
    }

    @SchemaMapping(typeName = "ProjectionStatus", field = "name")
    String name(RebuildStatus status) {
        return status.processingGroup();
    }

    private Mono<ProjectionPayload> payload(Supplier<RebuildStatus> action, ProjectionInput input) {
        return blocking.call(() -> {
            try {
                return new ProjectionPayload(action.get(), List.of());
            } catch (RebuildRejectedException rejected) {
                List<String> path = List.of("input", "name");
                UserError error = switch (rejected.rule()) {
                    case RebuildRejectedException.PROJECTION_UNKNOWN ->
                            new UserError.NotFoundError(rejected.getMessage(), "Projection", input.name(), path);
                    case RebuildRejectedException.REBUILD_ALREADY_RUNNING ->
                            new UserError.StaleError(rejected.getMessage(), rejected.rule(), "name", path);
                    default -> new UserError.ValidationError(rejected.getMessage(), rejected.rule(), "name", path);
                };
                return new ProjectionPayload(null, List.of(error));
            }
        });
    }
}

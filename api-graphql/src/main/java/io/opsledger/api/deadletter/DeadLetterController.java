package io.opsledger.api.deadletter;

import io.opsledger.api.graphql.UserError;
import io.opsledger.api.graphql.UserError.NotFoundError;
import io.opsledger.api.messaging.BlockingWork;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;

/**
 * The administrators' view of the dead-letter queues (schema {@code deadletter.graphqls}). All
 * three operations are for administrators only; the queue work is JDBC, so it runs off the event loop.
 */
@Controller
class DeadLetterController {

    private final DeadLetters deadLetters;
    /** JDBC off the event loop, never interrupted (H2 closes on interrupts). */
    private final BlockingWork blocking;

    DeadLetterController(DeadLetters deadLetters, BlockingWork blocking) {
        this.blocking = blocking;
        this.deadLetters = deadLetters;
    }

    record RetryDeadLettersInput(String processingGroup) {
    }

    record RetryDeadLettersPayload(int applied, List<DeadLetterView> remaining, List<UserError> errors) {
    }

    record EvictDeadLetterInput(UUID id) {
    }

    record EvictDeadLetterPayload(DeadLetterView evicted, List<UserError> errors) {
    }

    @QueryMapping
    Mono<List<DeadLetterView>> deadLetters(@Argument String processingGroup) {
        return blocking.call(() -> deadLetters.list(processingGroup));
    }

    @MutationMapping
    Mono<RetryDeadLettersPayload> retryDeadLetters(@Argument RetryDeadLettersInput input) {
        String group = input == null ? null : input.processingGroup();
        return blocking.call(() -> {
            int applied = deadLetters.retry(group);
            return new RetryDeadLettersPayload(applied, deadLetters.list(group), List.of());
        });
    }

    @MutationMapping
    Mono<EvictDeadLetterPayload> evictDeadLetter(@Argument EvictDeadLetterInput input) {
        return blocking.call(() -> deadLetters.evict(input.id().toString())
                .map(view -> new EvictDeadLetterPayload(view, List.<UserError>of()))
                .orElseGet(() -> new EvictDeadLetterPayload(null, List.of(new NotFoundError(
                        "dead letter %s does not exist (it may have been retried or evicted already)".formatted(input.id()),
                        "DeadLetter", input.id().toString(), List.of("input", "id"))))));
    }
}

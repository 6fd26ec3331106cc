package io.opsledger.api.deadletter;

import io.opsledger.api.graphql.UserError;
import io.opsledger.api.graphql.UserError.NotFoundError;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;
import java.util.UUID;

/**
 * The administrators' view of the dead-letter queues (schema {@code deadletter.graphqls}). All
 * three operations are for administrators only; the queue work is JDBC, so it runs off the event loop.
 */
@Controller
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
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
        return Mono.fromCallable(() -> deadLetters.list(processingGroup)).subscribeOn(Schedulers.boundedElastic());
    }

    @MutationMapping
    Mono<RetryDeadLettersPayload> retryDeadLetters(@Argument RetryDeadLettersInput input) {
        String group = input == null ? null : input.processingGroup();
        return Mono.fromCallable(() -> {
            int applied = deadLetters.retry(group);
            return new RetryDeadLettersPayload(applied, deadLetters.list(group), List.of());
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @MutationMapping
    Mono<EvictDeadLetterPayload> evictDeadLetter(@Argument EvictDeadLetterInput input) {
        return Mono.fromCallable(() -> deadLetters.evict(input.id().toString())
                .map(view -> new EvictDeadLetterPayload(view, List.<UserError>of()))
                .orElseGet(() -> new EvictDeadLetterPayload(null, List.of(new NotFoundError(
                        "dead letter %s does not exist (it may have been retried or evicted already)".formatted(input.id()),
                        "DeadLetter", input.id().toString(), List.of("input", "id"))))))
                .subscribeOn(Schedulers.boundedElastic());
    }
}

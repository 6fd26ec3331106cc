package io.opsledger.api.messaging;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.util.context.ContextView;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

import static io.opsledger.kernel.MessageMetadata.CORRELATION_ID;
import static io.opsledger.kernel.MessageMetadata.PRINCIPAL;
import static io.opsledger.kernel.MessageMetadata.TIMESTAMP;

/**
 * The one way the API sends a command: with the request's audit metadata, on a thread where
 * blocking is allowed and that is never interrupted ({@link BlockingWork}), answering one shape
 * ({@link CommandResult}) whatever the aggregate. Once a command has started it runs to its end,
 * even if the client goes away.
 *
 * <p>A request with an idempotency key ({@link IdempotencyKeys}) that was already answered within
 * the retention window gets the recorded outcome and appends nothing. Concurrent requests with
 * one key on this instance wait for the first one; across instances, the key's row in the
 * command's transaction makes the second wait and then find the outcome.
 */
@Component
public class CommandDispatcher {

    private final CommandGateway commandGateway;
    private final IdempotencyStore idempotency;
    private final Scheduler blocking;
    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();
    private final Map<String, CompletableFuture<CommandResult>> inFlight = new ConcurrentHashMap<>();

    CommandDispatcher(CommandGateway commandGateway, IdempotencyStore idempotency, BlockingWork blocking) {
        this.commandGateway = commandGateway;
        this.idempotency = idempotency;
        this.blocking = blocking.scheduler();
    }

    /** Sends a command that creates nothing, or whose created id the client chose. */
    public Mono<CommandResult> send(Object command) {
        return send(command, null);
    }

    /** Sends a command; {@code createdId} is the id the server chose for what it creates. */
    public Mono<CommandResult> send(Object command, UUID createdId) {
        return Mono.deferContextual(context -> {
            String aggregateId = targets.resolveTarget(GenericCommandMessage.asCommandMessage(command)).getIdentifier();
            Optional<String> key = IdempotencyKeys.of(context).map(k -> k + "/" + command.getClass().getSimpleName());
            GenericCommandMessage<Object> message = new GenericCommandMessage<>(command,
                    metaData(context, aggregateId, key.orElse(null), createdId));
            return Mono.fromCallable(() -> key.isPresent()
                    ? once(key.get(), message, aggregateId, createdId)
                    : CommandResult.of(aggregateId, await(commandGateway.send(message)), createdId));
        }).subscribeOn(blocking);
    }

    private CommandResult once(String key, GenericCommandMessage<Object> message, String aggregateId, UUID createdId)
            throws Exception {
        CompletableFuture<CommandResult> mine = new CompletableFuture<>();
        CompletableFuture<CommandResult> first = inFlight.putIfAbsent(key, mine);
        if (first != null) {
            return await(first).asRepeat();
        }
        try {
            Optional<CommandResult> recorded = idempotency.find(key);
            CommandResult result = recorded.isPresent() ? recorded.get().asRepeat()
                    : CommandResult.of(aggregateId, await(commandGateway.send(message)), createdId);
            mine.complete(result);
            return result;
        } catch (Exception failure) {
            // Another instance may have run the same key while this one waited on its row.
            Optional<CommandResult> recorded = idempotency.find(key).map(CommandResult::asRepeat);
            if (recorded.isPresent()) {
                mine.complete(recorded.get());
                return recorded.get();
            }
            mine.completeExceptionally(failure);
            throw failure;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private static MetaData metaData(ContextView context, String aggregateId, String key, UUID createdId) {
        RequestOrigin origin = context.<RequestOrigin>getOrEmpty(RequestOrigin.CONTEXT_KEY)
                .orElseGet(() -> RequestOrigin.anonymous(null));
        Map<String, Object> values = new HashMap<>(Map.of(
                PRINCIPAL, origin.principal(),
                CORRELATION_ID, origin.correlationId(),
                TIMESTAMP, origin.issuedAt().toString(),
                IdempotencyInterceptor.AGGREGATE_ID, aggregateId));
        if (key != null) {
            values.put(IdempotencyInterceptor.KEY, key);
        }
        if (createdId != null) {
            values.put(IdempotencyInterceptor.CREATED_ID, createdId.toString());
        }
        return MetaData.from(values);
    }

    /** The future's value, or the failure that completed it, unwrapped. */
    private static <T> T await(CompletableFuture<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException | CompletionException wrapped) {
            throw wrapped.getCause() instanceof Exception cause ? cause : wrapped;
        }
    }
}

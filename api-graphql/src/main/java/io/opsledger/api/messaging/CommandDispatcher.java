package io.opsledger.api.messaging;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.Map;

import static io.opsledger.kernel.MessageMetadata.CORRELATION_ID;
import static io.opsledger.kernel.MessageMetadata.PRINCIPAL;
import static io.opsledger.kernel.MessageMetadata.TIMESTAMP;

/**
 * Sends commands with the request's audit metadata. The local command bus runs the handler, and
 * its JDBC work, on the calling thread: dispatching on boundedElastic keeps event loops free.
 */
@Component
public class CommandDispatcher {

    private final CommandGateway commandGateway;

    CommandDispatcher(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    public <R> Mono<R> send(Object command) {
        return Mono.deferContextual(context -> {
            RequestOrigin origin = context.<RequestOrigin>getOrEmpty(RequestOrigin.CONTEXT_KEY)
                    .orElseGet(() -> RequestOrigin.anonymous(null));
            MetaData metaData = MetaData.from(Map.of(
                    PRINCIPAL, origin.principal(),
                    CORRELATION_ID, origin.correlationId(),
                    TIMESTAMP, origin.issuedAt().toString()));
            return Mono.fromFuture(() -> commandGateway.<R>send(new GenericCommandMessage<>(command, metaData)));
        }).subscribeOn(Schedulers.boundedElastic());
    }
}

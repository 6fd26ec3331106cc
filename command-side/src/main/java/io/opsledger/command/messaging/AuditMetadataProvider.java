package io.opsledger.command.messaging;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.time.Instant;
import java.util.Map;

import static io.opsledger.kernel.MessageMetadata.ANONYMOUS;
import static io.opsledger.kernel.MessageMetadata.CAUSATION_ID;
import static io.opsledger.kernel.MessageMetadata.CORRELATION_ID;
import static io.opsledger.kernel.MessageMetadata.DISPATCHES_NOTHING;
import static io.opsledger.kernel.MessageMetadata.PRINCIPAL;
import static io.opsledger.kernel.MessageMetadata.TIMESTAMP;

/**
 * Gives every message produced while handling another one the audit metadata: the handled
 * message's principal, correlation id and timestamp, and the handled message's id as causation id.
 * A message that arrived without them (sent by a component that did not set them) starts a new
 * chain: anonymous principal, its own id as correlation id, now as timestamp. Handling marked as
 * {@linkplain io.opsledger.kernel.MessageMetadata#DISPATCHES_NOTHING dispatching nothing} gets none:
 * nothing it creates is stored.
 */
public class AuditMetadataProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().root().resources().containsKey(DISPATCHES_NOTHING)) {
            return Map.of();
        }
        MetaData metaData = message.getMetaData();
        Object timestamp = metaData.get(TIMESTAMP);
        return Map.of(
                PRINCIPAL, metaData.getOrDefault(PRINCIPAL, ANONYMOUS),
                CORRELATION_ID, metaData.getOrDefault(CORRELATION_ID, message.getIdentifier()),
                CAUSATION_ID, message.getIdentifier(),
                TIMESTAMP, timestamp != null ? timestamp : Instant.now().toString());
    }
}

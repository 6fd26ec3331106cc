package io.opsledger.command.messaging;

import io.opsledger.kernel.MessageMetadata;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class AuditMetadataProviderTest {

    private final AuditMetadataProvider provider = new AuditMetadataProvider();

    @Test
    void aCommandSentWhileHandlingAnEventInheritsItsPrincipalCorrelationAndTimestamp() throws Exception {
        GenericEventMessage<String> event = new GenericEventMessage<>("backup failed", MetaData.from(Map.of(
                MessageMetadata.PRINCIPAL, "ci", MessageMetadata.CORRELATION_ID, "c-1",
                MessageMetadata.TIMESTAMP, "2026-11-30T10:00:00Z")));
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(event);
        unitOfWork.registerCorrelationDataProvider(provider);
        AtomicReference<MetaData> sent = new AtomicReference<>();
        unitOfWork.execute(() -> sent.set(new GenericCommandMessage<>("raise an alert").getMetaData()));

        assertThat(sent.get()).containsEntry(MessageMetadata.PRINCIPAL, "ci")
                .containsEntry(MessageMetadata.CORRELATION_ID, "c-1")
                .containsEntry(MessageMetadata.CAUSATION_ID, event.getIdentifier())
                .containsEntry(MessageMetadata.TIMESTAMP, "2026-11-30T10:00:00Z");
    }

    @Test
    void aMessageWithoutAuditMetadataStartsANewChain() throws Exception {
        GenericEventMessage<String> event = new GenericEventMessage<>("from elsewhere");
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(event);
        unitOfWork.registerCorrelationDataProvider(provider);
        AtomicReference<MetaData> sent = new AtomicReference<>();
        unitOfWork.execute(() -> sent.set(new GenericCommandMessage<>("next").getMetaData()));

        assertThat(sent.get()).containsEntry(MessageMetadata.PRINCIPAL, MessageMetadata.ANONYMOUS)
                .containsEntry(MessageMetadata.CORRELATION_ID, event.getIdentifier())
                .containsKey(MessageMetadata.TIMESTAMP);
    }

    @Test
    void handlingMarkedAsDispatchingNothingGetsNoCorrelationData() throws Exception {
        GenericEventMessage<String> event = new GenericEventMessage<>("plan created", MetaData.with(
                MessageMetadata.CORRELATION_ID, "c-2"));
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(event);
        unitOfWork.registerCorrelationDataProvider(provider);
        unitOfWork.resources().put(MessageMetadata.DISPATCHES_NOTHING, Boolean.TRUE);
        AtomicReference<MetaData> created = new AtomicReference<>();
        unitOfWork.execute(() -> created.set(new GenericCommandMessage<>("a result").getMetaData()));

        assertThat(created.get()).isEmpty();
    }
}

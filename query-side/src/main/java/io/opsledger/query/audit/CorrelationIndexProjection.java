package io.opsledger.query.audit;

import io.opsledger.query.readmodel.ProcessingGroups;
import io.opsledger.kernel.MessageMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Indexes every stored event by the correlation id of the request that caused it, so that
 * {@code correlated(correlationId)} reads a few index rows instead of every event's metadata.
 * Writing the same event twice changes nothing, so replays are safe.
 */
@Component
@ProcessingGroup(CorrelationIndexProjection.PROCESSING_GROUP)
class CorrelationIndexProjection {

    static final String PROCESSING_GROUP = ProcessingGroups.AUDIT_CORRELATION;

    private final JdbcClient jdbc;

    CorrelationIndexProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(EventMessage<?> event, TrackingToken token) {
        Object correlation = event.getMetaData().get(MessageMetadata.CORRELATION_ID);
        if (correlation == null || token == null || token.position().isEmpty()) {
            return;
        }
        jdbc.sql("INSERT INTO audit_correlation (global_index, correlation_id) VALUES (:position, :correlation)"
                        + " ON CONFLICT DO NOTHING")
                .param("position", token.position().getAsLong())
                .param("correlation", correlation.toString())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM audit_correlation").update();
    }
}

package io.opsledger.query.search;

import io.opsledger.query.readmodel.ProcessingGroups;
import io.opsledger.kernel.alert.AlertAcknowledgedEvent;
import io.opsledger.kernel.alert.AlertRaisedEvent;
import io.opsledger.kernel.alert.AlertRepeatedEvent;
import io.opsledger.kernel.alert.AlertResolvedEvent;
import io.opsledger.kernel.alert.AlertStatus;
import io.opsledger.kernel.backup.BackupJobCreatedEvent;
import io.opsledger.kernel.backup.BackupJobReconfiguredEvent;
import io.opsledger.kernel.pipeline.PipelineCreatedEvent;
import io.opsledger.kernel.pipeline.PipelineDefinition;
import io.opsledger.kernel.pipeline.PipelineDefinitionChangedEvent;
import io.opsledger.kernel.plan.ConflictDetectedEvent;
import io.opsledger.kernel.plan.ConflictResolvedEvent;
import io.opsledger.kernel.plan.PlanCreatedEvent;
import io.opsledger.kernel.plan.PlanRenamedEvent;
import io.opsledger.kernel.plan.PlanStatus;
import io.opsledger.kernel.plan.PlanStatusChangedEvent;
import io.opsledger.kernel.plan.PlanVersionChangedEvent;
import io.opsledger.kernel.plan.TaskAddedEvent;
import io.opsledger.kernel.plan.TaskEditedEvent;
import io.opsledger.kernel.plan.TaskRemovedEvent;
import io.opsledger.kernel.plan.TaskStatus;
import io.opsledger.kernel.plan.TaskStatusChangedEvent;
import io.opsledger.kernel.search.SearchKind;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Turns events into search documents. Writes are upserts and deletes by entity key, so applying
 * an event twice changes nothing; what a handler needs of the current document it reads from the
 * batch or the index. Nothing reaches Lucene before the batch commits with its position.
 */
@ProcessingGroup(SearchProjection.PROCESSING_GROUP)
final class SearchProjection {

    static final String PROCESSING_GROUP = ProcessingGroups.SEARCH_INDEX;

    private final IndexUpdates updates;

    SearchProjection(IndexUpdates updates) {
        this.updates = updates;
    }

    @EventHandler
    void on(PlanCreatedEvent event) {
        UUID plan = event.planId().value();
        put(new SearchDocument(SearchKind.PLAN, plan, plan, event.title(), "", PlanStatus.DRAFT.name(),
                event.version(), null));
    }

    @EventHandler
    void on(PlanRenamedEvent event) {
        change(SearchKind.PLAN, event.planId().value(), document -> document.withTitle(event.title()));
    }

    @EventHandler
    void on(PlanVersionChangedEvent event) {
        change(SearchKind.PLAN, event.planId().value(), document -> document.withIds(event.version()));
    }

    @EventHandler
    void on(PlanStatusChangedEvent event) {
        change(SearchKind.PLAN, event.planId().value(), document -> document.withStatus(event.to().name()));
    }

    @EventHandler
    void on(TaskAddedEvent event) {
        put(new SearchDocument(SearchKind.TASK, event.taskId().value(), event.planId().value(), event.description(),
                "", TaskStatus.TODO.name(), "", null));
    }

    @EventHandler
    void on(TaskEditedEvent event) {
        if (event.description() != null) {
            change(SearchKind.TASK, event.taskId().value(), document -> document.withTitle(event.description()));
        }
    }

    @EventHandler
    void on(TaskStatusChangedEvent event) {
        change(SearchKind.TASK, event.taskId().value(), document -> document.withStatus(event.to().name()));
    }

    @EventHandler
    void on(TaskRemovedEvent event) {
        updates.batch().delete(SearchKind.TASK, event.taskId().value());
    }

    @EventHandler
    void on(PipelineCreatedEvent event) {
        put(new SearchDocument(SearchKind.PIPELINE, event.pipelineId().value(), null, event.name(),
                steps(event.definition()), null, event.namespace(), null));
    }

    @EventHandler
    void on(PipelineDefinitionChangedEvent event) {
        change(SearchKind.PIPELINE, event.pipelineId().value(), document -> document.withBody(steps(event.definition())));
    }

    @EventHandler
    void on(BackupJobCreatedEvent event) {
        put(new SearchDocument(SearchKind.BACKUP_JOB, event.jobId().value(), null, event.name(), event.source(),
                null, event.pingUuid() == null ? "" : event.pingUuid().toString(), null));
    }

    @EventHandler
    void on(BackupJobReconfiguredEvent event) {
        change(SearchKind.BACKUP_JOB, event.jobId().value(),
                document -> document.withTitle(event.name()).withBody(event.source()));
    }

    @EventHandler
    void on(AlertRaisedEvent event) {
        String body = event.cause() == null || event.cause().isBlank() ? event.message() : event.message() + "\n" + event.cause();
        put(new SearchDocument(SearchKind.ALERT, event.alertId().value(), null, event.title(), body,
                AlertStatus.OPEN.name(), event.key(), null));
    }

    @EventHandler
    void on(AlertRepeatedEvent event) {
        // The message may say more (a count, a latest reason); the title keeps the meaning.
        change(SearchKind.ALERT, event.alertId().value(), document -> document.withStatus(AlertStatus.OPEN.name()));
    }

    @EventHandler
    void on(AlertAcknowledgedEvent event) {
        change(SearchKind.ALERT, event.alertId().value(), document -> document.withStatus(AlertStatus.ACKNOWLEDGED.name()));
    }

    @EventHandler
    void on(AlertResolvedEvent event) {
        change(SearchKind.ALERT, event.alertId().value(), document -> document.withStatus(AlertStatus.RESOLVED.name()));
    }

    /** Only open conflicts are searchable: a resolved one is history (the audit has it). */
    @EventHandler
    void on(ConflictDetectedEvent event) {
        String title = "Conflict on " + event.field() + " (" + event.type() + ")";
        String body = "current: %s; incoming: %s; base: %s".formatted(event.current(), event.incoming(), event.base());
        put(new SearchDocument(SearchKind.CONFLICT, event.conflictId().value(), event.planId().value(), title, body,
                "OPEN", event.entityId() == null ? "" : event.entityId().toString(), null));
    }

    @EventHandler
    void on(ConflictResolvedEvent event) {
        updates.batch().delete(SearchKind.CONFLICT, event.conflictId().value());
    }

    @ResetHandler
    void reset() {
        updates.batch().clearAll();
    }

    private void put(SearchDocument document) {
        updates.batch().put(document);
    }

    private void change(SearchKind kind, UUID entityId, UnaryOperator<SearchDocument> change) {
        IndexBatch batch = updates.batch();
        batch.find(kind, entityId).map(change).ifPresent(batch::put);
    }

    private static String steps(PipelineDefinition definition) {
        return definition == null ? "" : definition.steps().stream()
                .map(step -> step.name().value() + " (" + step.kind().name().toLowerCase() + ")")
                .collect(Collectors.joining(", "));
    }
}

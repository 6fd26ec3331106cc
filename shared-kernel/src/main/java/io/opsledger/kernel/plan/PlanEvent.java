package io.opsledger.kernel.plan;

/** Every event of a plan's life; the plan id is the aggregate it belongs to. */
public sealed interface PlanEvent permits ConflictDetectedEvent, ConflictResolvedEvent, ConflictStrategyChangedEvent, PhaseAddedEvent, PhaseRemovedEvent, PhaseRenamedEvent, PlanCreatedEvent, PlanMarkdownImportedEvent, PlanRenamedEvent, PlanStatusChangedEvent, PlanVersionChangedEvent, TaskAddedEvent, TaskEditedEvent, TaskMovedEvent, TaskOverdueEvent, TaskPrerequisitesSetEvent, TaskRemovedEvent, TaskStatusChangedEvent {

    PlanId planId();
}

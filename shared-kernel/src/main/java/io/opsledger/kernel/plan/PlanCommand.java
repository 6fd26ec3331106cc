package io.opsledger.kernel.plan;

/** Every command addressed to a plan; the plan id names the aggregate it is routed to. */
public sealed interface PlanCommand permits AddPhaseCommand, AddTaskCommand, ImportPlanMarkdownCommand, ChangeConflictStrategyCommand, ChangePlanStatusCommand, ChangePlanVersionCommand, CreatePlanCommand, EditTaskCommand, MoveTaskCommand, RemovePhaseCommand, RemoveTaskCommand, RenamePhaseCommand, RenamePlanCommand, ResolveConflictCommand, SetTaskPrerequisitesCommand, SetTaskStatusCommand {

    PlanId planId();
}

package io.opsledger.api.plan;

import io.opsledger.kernel.plan.BasedOn;
import io.opsledger.kernel.plan.ConflictResolution;
import io.opsledger.kernel.plan.ConflictStrategy;
import io.opsledger.kernel.plan.PlanStatus;
import io.opsledger.kernel.plan.TaskPriority;
import io.opsledger.kernel.plan.TaskStatus;

import java.util.List;
import java.util.UUID;

/** The GraphQL input objects of plan mutations, bound by Spring GraphQL. */
final class PlanInputs {

    private PlanInputs() {
    }

    /** An input that may name the plan revision it was prepared from. */
    interface BasedOnInput {

        Integer basedOnRevision();

        ConflictStrategy strategy();

        default BasedOn basedOn() {
            return basedOnRevision() == null ? null : new BasedOn(basedOnRevision(), strategy());
        }
    }

    record CreatePlanInput(UUID id, String title, String version, ConflictStrategy conflictStrategy) {
    }

    record RenamePlanInput(UUID id, String title,
                Integer basedOnRevision, ConflictStrategy strategy) implements BasedOnInput {
    }

    record ChangePlanVersionInput(UUID id, String version,
                Integer basedOnRevision, ConflictStrategy strategy) implements BasedOnInput {
    }

    record ChangePlanStatusInput(UUID id, PlanStatus status,
                Integer basedOnRevision, ConflictStrategy strategy) implements BasedOnInput {
    }

    record AddPhaseInput(UUID planId, UUID phaseId, Integer number, String title) {
    }

    record RenamePhaseInput(UUID planId, UUID phaseId, String title,
                Integer basedOnRevision, ConflictStrategy strategy) implements BasedOnInput {
    }

    record RemovePhaseInput(UUID planId, UUID phaseId,
                Integer basedOnRevision, ConflictStrategy strategy) implements BasedOnInput {
    }

    record AddTaskInput(UUID planId, UUID taskId, UUID phaseId, String description, TaskPriority priority,
                        String dueDate, List<UUID> prerequisites) {
    }

    record EditTaskInput(UUID planId, UUID taskId, String description, TaskPriority priority, String dueDate,
                Integer basedOnRevision, ConflictStrategy strategy) implements BasedOnInput {
    }

    record MoveTaskInput(UUID planId, UUID taskId, UUID phaseId, Integer position,
                Integer basedOnRevision, ConflictStrategy strategy) implements BasedOnInput {
    }

    record RemoveTaskInput(UUID planId, UUID taskId,
                Integer basedOnRevision, ConflictStrategy strategy) implements BasedOnInput {
    }

    record SetTaskStatusInput(UUID planId, UUID taskId, TaskStatus status,
                Integer basedOnRevision, ConflictStrategy strategy) implements BasedOnInput {
    }

    record ChangeConflictStrategyInput(UUID id, ConflictStrategy strategy) {
    }

    record ImportPlanMarkdownInput(UUID planId, String markdown, Integer basedOnRevision, ConflictStrategy strategy) {
    }

    record ResolveConflictInput(UUID planId, UUID conflictId, ConflictResolution resolution, String editedValue) {
    }

    record SetTaskPrerequisitesInput(UUID planId, UUID taskId, List<UUID> prerequisites,
                Integer basedOnRevision, ConflictStrategy strategy) implements BasedOnInput {
    }
}

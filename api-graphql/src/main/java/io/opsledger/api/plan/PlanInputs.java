package io.opsledger.api.plan;

import io.opsledger.kernel.plan.PlanStatus;
import io.opsledger.kernel.plan.TaskPriority;
import io.opsledger.kernel.plan.TaskStatus;

import java.util.List;
import java.util.UUID;

/** The GraphQL input objects of plan mutations, bound by Spring GraphQL. */
final class PlanInputs {

    private PlanInputs() {
    }

    record CreatePlanInput(UUID id, String title, String version) {
    }

    record RenamePlanInput(UUID id, String title) {
    }

    record ChangePlanVersionInput(UUID id, String version) {
    }

    record ChangePlanStatusInput(UUID id, PlanStatus status) {
    }

    record AddPhaseInput(UUID planId, UUID phaseId, Integer number, String title) {
    }

    record RenamePhaseInput(UUID planId, UUID phaseId, String title) {
    }

    record RemovePhaseInput(UUID planId, UUID phaseId) {
    }

    record AddTaskInput(UUID planId, UUID taskId, UUID phaseId, String description, TaskPriority priority,
                        String dueDate, List<UUID> prerequisites) {
    }

    record EditTaskInput(UUID planId, UUID taskId, String description, TaskPriority priority, String dueDate) {
    }

    record MoveTaskInput(UUID planId, UUID taskId, UUID phaseId, Integer position) {
    }

    record RemoveTaskInput(UUID planId, UUID taskId) {
    }

    record SetTaskStatusInput(UUID planId, UUID taskId, TaskStatus status) {
    }

    record SetTaskPrerequisitesInput(UUID planId, UUID taskId, List<UUID> prerequisites) {
    }
}

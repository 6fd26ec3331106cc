package io.opsledger.command.plan;

import io.opsledger.kernel.plan.ConflictType;

import java.util.Arrays;

/**
 * Every field of a plan that a change can touch, with the kind of conflict a divergence on it
 * is. The three-way comparison works field by field: a change based on an old revision conflicts
 * only where the same field of the same entity moved on to another value since then.
 */
enum PlanField {
    PLAN_TITLE("plan.title", ConflictType.CONTENT_DIVERGENCE),
    PLAN_VERSION("plan.version", ConflictType.METADATA_MISMATCH),
    PLAN_STATUS("plan.status", ConflictType.METADATA_MISMATCH),
    PHASE_TITLE("phase.title", ConflictType.CONTENT_DIVERGENCE),
    PHASE_EXISTS("phase.exists", ConflictType.STRUCTURE_CHANGE),
    TASK_DESCRIPTION("task.description", ConflictType.CONTENT_DIVERGENCE),
    TASK_PRIORITY("task.priority", ConflictType.METADATA_MISMATCH),
    TASK_DUE_DATE("task.dueDate", ConflictType.METADATA_MISMATCH),
    TASK_STATUS("task.status", ConflictType.PROGRESS_INCONSISTENCY),
    TASK_PREREQUISITES("task.prerequisites", ConflictType.STRUCTURE_CHANGE),
    TASK_PLACEMENT("task.placement", ConflictType.STRUCTURE_CHANGE),
    TASK_EXISTS("task.exists", ConflictType.STRUCTURE_CHANGE);

    final String path;
    final ConflictType conflictType;

    PlanField(String path, ConflictType conflictType) {
        this.path = path;
        this.conflictType = conflictType;
    }

    boolean isExistence() {
        return this == PHASE_EXISTS || this == TASK_EXISTS;
    }

    /** The existence field of the entity this field belongs to, or null for plan fields. */
    PlanField existence() {
        if (path.startsWith("phase.")) {
            return PHASE_EXISTS;
        }
        return path.startsWith("task.") ? TASK_EXISTS : null;
    }

    static PlanField ofPath(String path) {
        return Arrays.stream(values()).filter(field -> field.path.equals(path)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown plan field " + path));
    }
}

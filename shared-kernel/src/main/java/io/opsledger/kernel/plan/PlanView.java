package io.opsledger.kernel.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A plan as the read model holds it. {@code revision} is the sequence number of the last event
 * applied: a client that saw revision N knows every change up to N.
 */
public record PlanView(UUID id, String title, String version, PlanStatus status, double progress,
                       long revision, Instant createdAt, Instant updatedAt, ConflictStrategy conflictStrategy,
                       List<PhaseView> phases, List<ConflictView> openConflicts) {

    public record PhaseView(UUID id, int number, String title, double progress, List<TaskView> tasks) {
    }

    public record TaskView(UUID id, String description, TaskStatus status, TaskPriority priority,
                           LocalDate dueDate, List<UUID> prerequisites) {
    }
}

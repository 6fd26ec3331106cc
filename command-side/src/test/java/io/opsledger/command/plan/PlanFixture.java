package io.opsledger.command.plan;

import io.opsledger.command.RuleViolationMatcher;
import io.opsledger.kernel.RuleViolationException;
import io.opsledger.kernel.plan.PhaseAddedEvent;
import io.opsledger.kernel.plan.PhaseId;
import io.opsledger.kernel.plan.PlanCreatedEvent;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.PlanRule;
import io.opsledger.kernel.plan.PlanStatus;
import io.opsledger.kernel.plan.PlanStatusChangedEvent;
import io.opsledger.kernel.plan.TaskAddedEvent;
import io.opsledger.kernel.plan.TaskId;
import io.opsledger.kernel.plan.TaskPriority;
import io.opsledger.kernel.plan.TaskStatus;
import io.opsledger.kernel.plan.TaskStatusChangedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matcher;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Given-events for the plan's tests, named after the situation they set up, and the matcher that
 * checks a rejection names the expected rule.
 *
 * <p>Phase and task ids are derived from a number or a name so that a failing test prints the
 * same ids on every run.
 */
final class PlanFixture {

    static final String TITLE = "Upgrade PostgreSQL to 17";
    static final String VERSION = "v55";
    static final String DESCRIPTION = "Take a verified base backup";

    private PlanFixture() {
    }

    /**
     * A fixture for the plan, with all of Axon's checks on: phases and tasks are values, so its
     * check that state changes only in event-sourcing handlers covers them too.
     */
    static AggregateTestFixture<Plan> fixture() {
        return new AggregateTestFixture<>(Plan.class);
    }

    static PhaseId phaseId(int number) {
        return new PhaseId(uuid("phase-" + number));
    }

    static TaskId taskId(String name) {
        return new TaskId(uuid("task-" + name));
    }

    static String phaseTitle(int number) {
        return "Phase " + number;
    }

    static PlanCreatedEvent created(PlanId planId) {
        return new PlanCreatedEvent(planId, TITLE, VERSION);
    }

    static PhaseAddedEvent phaseAdded(PlanId planId, int number) {
        return new PhaseAddedEvent(planId, phaseId(number), number, phaseTitle(number));
    }

    /** A DRAFT plan with phases numbered 1 to {@code phases}, {@link #phaseId(int)} each. */
    static List<Object> planWithPhases(PlanId planId, int phases) {
        List<Object> events = new ArrayList<>();
        events.add(created(planId));
        for (int number = 1; number <= phases; number++) {
            events.add(phaseAdded(planId, number));
        }
        return events;
    }

    /** A task in phase {@code phaseNumber}, MEDIUM priority, no due date, needing {@code prerequisites}. */
    static TaskAddedEvent taskAdded(PlanId planId, TaskId taskId, int phaseNumber, TaskId... prerequisites) {
        return new TaskAddedEvent(planId, taskId, phaseId(phaseNumber), DESCRIPTION, TaskPriority.MEDIUM, null,
                List.of(prerequisites));
    }

    static TaskStatusChangedEvent taskDone(PlanId planId, TaskId taskId) {
        return new TaskStatusChangedEvent(planId, taskId, TaskStatus.TODO, TaskStatus.DONE);
    }

    static PlanStatusChangedEvent statusChanged(PlanId planId, PlanStatus from, PlanStatus to) {
        return new PlanStatusChangedEvent(planId, from, to);
    }

    /** The events that take a DRAFT plan to {@code status} along the allowed transitions. */
    static List<Object> movedTo(PlanId planId, PlanStatus status) {
        return switch (status) {
            case DRAFT -> List.of();
            case ACTIVE -> List.of(statusChanged(planId, PlanStatus.DRAFT, PlanStatus.ACTIVE));
            case COMPLETED -> List.of(statusChanged(planId, PlanStatus.DRAFT, PlanStatus.ACTIVE),
                    statusChanged(planId, PlanStatus.ACTIVE, PlanStatus.COMPLETED));
            case ARCHIVED -> List.of(statusChanged(planId, PlanStatus.DRAFT, PlanStatus.ARCHIVED));
        };
    }

    static Matcher<RuleViolationException> violates(PlanRule rule) {
        return RuleViolationMatcher.violates(rule);
    }


    private static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}

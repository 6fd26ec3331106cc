package io.opsledger.kernel.plan;

import io.opsledger.kernel.Rule;

/**
 * Every rule a plan command can break. The constant's name is the error code the API returns;
 * the rule itself is enforced by the plan aggregate.
 */
public enum PlanRule implements Rule {
    TITLE_REQUIRED("title"),
    TITLE_TOO_LONG("title"),
    /** A plan version is {@code v} followed by digits, e.g. {@code v55}. */
    VERSION_FORMAT("version"),
    /** DRAFT → ACTIVE → COMPLETED, back to ACTIVE or DRAFT, and ARCHIVED from anywhere; nothing leaves ARCHIVED. */
    STATUS_TRANSITION("status"),
    /** A plan is COMPLETED only when every task is DONE. */
    PLAN_HAS_OPEN_TASKS("status"),
    /** An archived plan accepts no change. */
    PLAN_ARCHIVED("planId"),
    PHASE_NUMBER_INVALID("number"),
    PHASE_NUMBER_TAKEN("number"),
    PHASE_ID_TAKEN("phaseId"),
    PHASE_NOT_FOUND("phaseId"),
    /** A phase is removed only once its tasks are removed or moved elsewhere. */
    PHASE_NOT_EMPTY("phaseId"),
    TASK_ID_TAKEN("taskId"),
    TASK_NOT_FOUND("taskId"),
    DESCRIPTION_REQUIRED("description"),
    DESCRIPTION_TOO_LONG("description"),
    /** Dates are {@code YYYY-MM-DD} and must exist on the calendar. */
    DATE_FORMAT("dueDate"),
    POSITION_OUT_OF_RANGE("position"),
    /** Prerequisites are other tasks of the same plan. */
    PREREQUISITE_NOT_FOUND("prerequisites"),
    /** Prerequisite edges never form a cycle (a task is never, even indirectly, its own prerequisite). */
    PREREQUISITE_CYCLE("prerequisites"),
    /** A task cannot be DONE while one of its prerequisites is not DONE. */
    PREREQUISITE_NOT_DONE("status"),
    /** A DONE task cannot be reopened while a task that depends on it is DONE. */
    DEPENDENT_TASK_DONE("status"),
    /** A task cannot be removed while other tasks list it as a prerequisite. */
    TASK_IS_PREREQUISITE("taskId"),
    /** A change cannot be based on a revision the plan has not reached. */
    BASED_ON_UNKNOWN_REVISION("basedOnRevision"),
    /**
     * A plan keeps the values of its fields for its last 1,000 revisions (its snapshots stay
     * small); a change based on an older revision is stale: read the plan again and retry.
     */
    BASED_ON_EXPIRED_REVISION("basedOnRevision", true),
    CONFLICT_NOT_FOUND("conflictId"),
    CONFLICT_ALREADY_RESOLVED("conflictId"),
    /** Resolving a conflict as EDITED needs the value to write. */
    EDITED_VALUE_REQUIRED("editedValue"),
    /** A file names the plan it was exported from in its identity comment; it imports only into that plan. */
    MARKDOWN_PLAN_MISMATCH("markdown"),
    /** A new plan needs the title line: {@code # Plan de développement v55 - Title}. */
    MARKDOWN_TITLE_MISSING("markdown"),
    /** Phases are matched by number, so a file may hold each number once. */
    MARKDOWN_DUPLICATE_PHASE("markdown");

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 2000;

    private final String field;
    private final boolean staleInput;

    PlanRule(String field) {
        this(field, false);
    }

    PlanRule(String field, boolean staleInput) {
        this.field = field;
        this.staleInput = staleInput;
    }

    @Override
    public boolean staleInput() {
        return staleInput;
    }

    @Override
    public String field() {
        return field;
    }
}

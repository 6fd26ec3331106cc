package io.opsledger.kernel.alert;

/** What an alert is about; every policy raises one kind. */
public enum AlertKind {
    BACKUP_OVERDUE, BACKUP_FAILED, BACKUP_VERIFICATION_FAILED,
    PIPELINE_RUN_FAILED, PIPELINE_RUN_TIMED_OUT, PIPELINE_RUN_ANOMALY,
    PLAN_CONFLICT, PLAN_TASK_OVERDUE,
    /** Raised by a person or a script through the API. */
    MANUAL,
    /** An event handler failed and its event was parked in the dead-letter queue. */
    EVENT_PARKED
}

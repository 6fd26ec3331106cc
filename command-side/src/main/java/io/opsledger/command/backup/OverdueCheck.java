package io.opsledger.command.backup;

import java.time.Instant;

/**
 * The payload of a job's overdue deadline: when it is due and the last success it was scheduled
 * after. A success reschedules the deadline; should an older one still fire, its
 * {@code lastSuccessAt} no longer matches the job's and it is ignored.
 */
record OverdueCheck(Instant dueAt, Instant lastSuccessAt) {
}

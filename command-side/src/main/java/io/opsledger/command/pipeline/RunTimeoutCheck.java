package io.opsledger.command.pipeline;

import java.time.Instant;

/**
 * The payload of a run's timeout deadline: the start it was scheduled for and when it is due, which
 * is the time the run timed out even if the deadline is picked up a polling interval later. A
 * deadline for another start than the run's (it cannot happen unless the history was rewritten) is
 * ignored rather than timing out the wrong run.
 */
record RunTimeoutCheck(Instant startedAt, Instant timeoutAt) {
}

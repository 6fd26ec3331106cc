package io.opsledger.command.pipeline;

import java.time.Instant;

/**
 * The payload of a run's timeout deadline: the start it was scheduled for. A run starts once, so
 * a deadline that fires for another start (it cannot, unless the run's history was rewritten) is
 * ignored rather than timing out the wrong attempt.
 */
record RunTimeoutCheck(Instant startedAt) {
}

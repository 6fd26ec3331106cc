package io.opsledger.query.rebuild;

import java.time.Instant;
import java.util.List;

/**
 * Where a rebuild (or consistency check) of one processing group stands: the position its
 * processor has committed against the head of the event store, its speed and the time it
 * expects to need, and, for a finished check, the rows that differ.
 */
public record RebuildStatus(String processingGroup, Purpose purpose, State state, long position, long head,
                            double progress, double eventsPerSecond, Double etaSeconds, Instant startedAt,
                            Instant finishedAt, String message, long differingRows, List<String> differences) {

    public enum Purpose { REBUILD, VERIFY }

    public enum State { RUNNING, SWITCHING, DONE, CANCELLED, FAILED }

    public boolean finished() {
        return state == State.DONE || state == State.CANCELLED || state == State.FAILED;
    }
}

package io.opsledger.command.pipeline;

import io.opsledger.kernel.pipeline.LineageEventType;
import io.opsledger.kernel.pipeline.PipelineRunState;

import java.time.Instant;

/**
 * OpenLineage events are applied by their event time, not by their arrival: the rules that keep
 * an event as lineage only, each returning why (or null when the event applies). A START later
 * than the run's end, or a COMPLETE earlier than its start, would make a negative duration; a
 * second outcome would contradict the first one reported, which wins.
 */
final class LineageOrder {

    private LineageOrder() {
    }

    static String startIgnored(PipelineRunState state, Instant startedAt, Instant finishedAt, Instant eventTime) {
        if (state == PipelineRunState.QUEUED) {
            return null;
        }
        if (startedAt != null) {
            return "kept as lineage only: the run started already at %s".formatted(startedAt);
        }
        if (finishedAt != null && eventTime.isAfter(finishedAt)) {
            return "kept as lineage only: the run ended at %s, before this start at %s".formatted(finishedAt, eventTime);
        }
        return state.isFinished() ? null : "kept as lineage only: the run is %s".formatted(state);
    }

    static String endIgnored(LineageEventType type, PipelineRunState state, Instant startedAt, Instant finishedAt,
                             Instant eventTime) {
        if (state.isFinished()) {
            return "kept as lineage only: the run already ended as %s at %s; the first outcome reported wins"
                    .formatted(state, finishedAt);
        }
        if (startedAt != null && eventTime.isBefore(startedAt)) {
            return "kept as lineage only: this %s at %s precedes the run's start at %s".formatted(type, eventTime, startedAt);
        }
        return null;
    }
}

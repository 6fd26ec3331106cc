package io.opsledger.query.readmodel;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ReadModelProgressTest {

    private static final Duration LONG = Duration.ofSeconds(30);

    private final ReadModelProgress progress = new ReadModelProgress();

    @Test
    void aWaitForAPositionAlreadyAppliedEndsAtOnce() {
        progress.applied("plan-overview", "p1", 3);

        assertThat(progress.whenApplied("plan-overview", "p1", 2, LONG)).isCompletedWithValue(true);
        assertThat(progress.waiting()).isZero();
    }

    @Test
    void aWaitEndsWhenItsGroupAppliesTheSequenceAndNotBefore() {
        CompletableFuture<Boolean> wait = progress.whenApplied("plan-overview", "p1", 2, LONG);

        progress.applied("plan-overview", "p1", 1);
        progress.applied("backup-status", "p1", 2);
        progress.applied("plan-overview", "p2", 2);
        assertThat(wait).isNotDone();

        progress.applied("plan-overview", "p1", 2);
        assertThat(wait).isCompletedWithValue(true);
        assertThat(progress.waiting()).isZero();
    }

    @Test
    void aPositionNeverMovesBack() {
        progress.applied("alert-feed", "s", 5);
        progress.applied("alert-feed", "s", 4);

        assertThat(progress.hasApplied("alert-feed", "s", 5)).isTrue();
    }

    @Test
    void aWaitThatTimesOutAnswersFalseAndIsForgotten() throws Exception {
        CompletableFuture<Boolean> wait = progress.whenApplied("pipeline-runs", "r", 1, Duration.ofMillis(20));

        assertThat(wait.get(5, TimeUnit.SECONDS)).isFalse();
        assertThat(progress.waiting()).isZero();
    }

    @Test
    void aCancelledWaitIsForgotten() {
        CompletableFuture<Boolean> wait = progress.whenApplied("pipeline-runs", "r", 1, LONG);

        wait.cancel(false);

        assertThat(progress.waiting()).isZero();
    }
}

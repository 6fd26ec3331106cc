package io.opsledger.command.backup;

import io.opsledger.command.backup.RetentionCalculator.Candidate;
import io.opsledger.command.backup.RetentionCalculator.Decision;
import io.opsledger.kernel.backup.BackupRunId;
import io.opsledger.kernel.backup.RetentionPolicy;
import io.opsledger.kernel.backup.RetentionTier;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.opsledger.kernel.backup.RetentionTier.DAILY;
import static io.opsledger.kernel.backup.RetentionTier.MONTHLY;
import static io.opsledger.kernel.backup.RetentionTier.WEEKLY;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention with a controlled clock: one verified run a day at 02:00 UTC for 400 days, from
 * Wednesday 2025-01-01 to Wednesday 2026-02-04, retention applied after every run as the
 * aggregate does, policy 7 daily / 4 weekly / 12 monthly.
 */
class RetentionCalculatorTest {

    private static final RetentionPolicy POLICY = new RetentionPolicy(7, 4, 12);
    private static final Instant FIRST_RUN = Instant.parse("2025-01-01T02:00:00Z");

    /**
     * The exact set kept after day 400, and why:
     * <ul>
     *   <li>daily: the last 7 days, 2026-01-29 to 2026-02-04;</li>
     *   <li>weekly: the first run (Monday) of the last 4 ISO weeks: 2026-01-12, 01-19, 01-26 and
     *       02-02 (02-02 is also a daily run; it is kept as WEEKLY);</li>
     *   <li>monthly: the first run of the last 12 months, 2025-03-01 to 2026-02-01 (02-01 is also
     *       a daily run; it is kept as MONTHLY).</li>
     * </ul>
     * 7 + 3 + 11 = 21 runs; the other 379 expired.
     */
    private static final Map<LocalDate, RetentionTier> EXPECTED_KEPT = new TreeMap<>(Map.ofEntries(
            entry(LocalDate.parse("2025-03-01"), MONTHLY),
            entry(LocalDate.parse("2025-04-01"), MONTHLY),
            entry(LocalDate.parse("2025-05-01"), MONTHLY),
            entry(LocalDate.parse("2025-06-01"), MONTHLY),
            entry(LocalDate.parse("2025-07-01"), MONTHLY),
            entry(LocalDate.parse("2025-08-01"), MONTHLY),
            entry(LocalDate.parse("2025-09-01"), MONTHLY),
            entry(LocalDate.parse("2025-10-01"), MONTHLY),
            entry(LocalDate.parse("2025-11-01"), MONTHLY),
            entry(LocalDate.parse("2025-12-01"), MONTHLY),
            entry(LocalDate.parse("2026-01-01"), MONTHLY),
            entry(LocalDate.parse("2026-01-12"), WEEKLY),
            entry(LocalDate.parse("2026-01-19"), WEEKLY),
            entry(LocalDate.parse("2026-01-26"), WEEKLY),
            entry(LocalDate.parse("2026-01-29"), DAILY),
            entry(LocalDate.parse("2026-01-30"), DAILY),
            entry(LocalDate.parse("2026-01-31"), DAILY),
            entry(LocalDate.parse("2026-02-01"), MONTHLY),
            entry(LocalDate.parse("2026-02-02"), WEEKLY),
            entry(LocalDate.parse("2026-02-03"), DAILY),
            entry(LocalDate.parse("2026-02-04"), DAILY)));

    @Test
    void fourHundredDailyVerifiedRunsKeepExactlyThePolicysSet() {
        MutableClock clock = new MutableClock(FIRST_RUN);
        Map<BackupRunId, Candidate> held = new LinkedHashMap<>();
        Map<BackupRunId, LocalDate> dayOf = new LinkedHashMap<>();
        List<BackupRunId> expired = new ArrayList<>();
        Map<BackupRunId, List<RetentionTier>> promotions = new LinkedHashMap<>();

        for (int day = 1; day <= 400; day++) {
            BackupRunId runId = BackupRunId.random();
            held.put(runId, new Candidate(runId, clock.instant(), true, null));
            dayOf.put(runId, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));

            Decision decision = RetentionCalculator.decide(POLICY, List.copyOf(held.values()));

            assertThat(decision.expirations()).as("the newest verified run is never expired").doesNotContain(runId);
            decision.promotions().forEach((promoted, tier) -> {
                promotions.computeIfAbsent(promoted, id -> new ArrayList<>()).add(tier);
                Candidate before = held.get(promoted);
                held.put(promoted, new Candidate(promoted, before.finishedAt(), true, tier));
            });
            decision.expirations().forEach(gone -> {
                held.remove(gone);
                expired.add(gone);
            });
            clock.advance(Duration.ofDays(1));
        }

        assertThat(dayOf.get(List.copyOf(dayOf.keySet()).getLast())).isEqualTo(LocalDate.parse("2026-02-04"));
        Map<LocalDate, RetentionTier> kept = new TreeMap<>();
        Decision last = RetentionCalculator.decide(POLICY, List.copyOf(held.values()));
        last.kept().forEach((runId, tier) -> kept.put(dayOf.get(runId), tier));
        assertThat(kept).isEqualTo(EXPECTED_KEPT);
        assertThat(held.keySet()).as("what was not expired is what the policy keeps").isEqualTo(last.kept().keySet());
        assertThat(expired).hasSize(400 - 21);
        assertThat(last.promotions()).as("applying the policy again changes nothing").isEmpty();
        assertThat(last.expirations()).isEmpty();
        // Promotions are stable: a run promoted once is never promoted to the same tier again.
        promotions.values().forEach(tiers -> assertThat(tiers).doesNotHaveDuplicates());
    }

    @Test
    void unverifiedRunsAreNeverPromotedAndTheNewestVerifiedRunIsKeptBeyondTheDailyWindow() {
        Instant monday = Instant.parse("2026-11-02T02:00:00Z");
        Candidate oldVerified = new Candidate(new BackupRunId(new java.util.UUID(0, 1)), monday, true, null);
        List<Candidate> runs = new ArrayList<>(List.of(oldVerified));
        for (int day = 1; day <= 3; day++) {
            runs.add(new Candidate(new BackupRunId(new java.util.UUID(0, 10 + day)), monday.plus(Duration.ofDays(day)), false, null));
        }

        Decision decision = RetentionCalculator.decide(new RetentionPolicy(2, 0, 0), runs);

        assertThat(decision.kept()).containsOnlyKeys(oldVerified.runId(), runs.get(2).runId(), runs.get(3).runId());
        assertThat(decision.promotions()).isEmpty();
        assertThat(decision.expirations()).containsExactly(runs.get(1).runId());
    }

    @Test
    void sameRunsGiveTheSameDecisionWhateverTheirOrder() {
        List<Candidate> runs = new ArrayList<>();
        for (int day = 0; day < 60; day++) {
            runs.add(new Candidate(new BackupRunId(new java.util.UUID(1, day)),
                    FIRST_RUN.plus(Duration.ofDays(day)), day % 3 != 0, null));
        }
        Decision forward = RetentionCalculator.decide(POLICY, runs);
        Decision backward = RetentionCalculator.decide(POLICY, runs.reversed());
        assertThat(backward).isEqualTo(forward);
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException("the test clock runs in UTC");
        }
    }
}

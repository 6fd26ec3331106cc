package io.opsledger.command.backup;

import io.opsledger.kernel.backup.BackupRunId;
import io.opsledger.kernel.backup.RetentionPolicy;
import io.opsledger.kernel.backup.RetentionTier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Grandfather-father-son retention as a pure function of the policy and the runs that hold a
 * backup: the same runs always give the same decision, whatever the time of day it is computed.
 *
 * <ul>
 *   <li>Daily: the newest run of each of the {@code keepDaily} most recent days that have a run
 *       (verified or not: a fresh backup is kept while it waits for its verification).</li>
 *   <li>Weekly: the <em>first</em> verified run of each of the {@code keepWeekly} most recent ISO
 *       weeks that have one; monthly likewise per calendar month. The first rather than the
 *       newest, so that a promotion is stable: later runs of the same week never displace it.</li>
 *   <li>Only verified runs are promoted, and the newest verified run is always kept, whatever
 *       the counts say: a job never loses its last known-good backup.</li>
 * </ul>
 * Days, weeks and months are those of UTC.
 */
final class RetentionCalculator {

    /** A run holding a backup: when it finished, whether it is verified, and its tier so far (null: none). */
    record Candidate(BackupRunId runId, Instant finishedAt, boolean verified, RetentionTier promotedTo) {
    }

    /**
     * What to do: runs to promote (to a tier above the one they have), runs to expire, and every
     * run kept with the tier it is kept for.
     */
    record Decision(Map<BackupRunId, RetentionTier> promotions, List<BackupRunId> expirations,
                    Map<BackupRunId, RetentionTier> kept) {
    }

    private static final Comparator<Candidate> NEWEST_FIRST = Comparator.comparing(Candidate::finishedAt)
            .thenComparing(candidate -> candidate.runId().value())
            .reversed();

    private RetentionCalculator() {
    }

    static Decision decide(RetentionPolicy policy, List<Candidate> candidates) {
        List<Candidate> newestFirst = candidates.stream().sorted(NEWEST_FIRST).toList();
        Map<BackupRunId, RetentionTier> kept = new LinkedHashMap<>();

        Set<LocalDate> days = new HashSet<>();
        for (Candidate candidate : newestFirst) {
            if (days.add(day(candidate)) && days.size() <= policy.keepDaily()) {
                kept.put(candidate.runId(), RetentionTier.DAILY);
            }
        }
        List<Candidate> verified = newestFirst.stream().filter(Candidate::verified).toList();
        keepFirstOfRecentBuckets(verified, RetentionCalculator::isoWeek, policy.keepWeekly(), RetentionTier.WEEKLY, kept);
        keepFirstOfRecentBuckets(verified, RetentionCalculator::month, policy.keepMonthly(), RetentionTier.MONTHLY, kept);
        if (!verified.isEmpty()) {
            kept.putIfAbsent(verified.getFirst().runId(), RetentionTier.DAILY);
        }

        Map<BackupRunId, RetentionTier> promotions = new LinkedHashMap<>();
        List<BackupRunId> expirations = new ArrayList<>();
        for (Candidate candidate : newestFirst.reversed()) {
            RetentionTier tier = kept.get(candidate.runId());
            if (tier == null) {
                expirations.add(candidate.runId());
            } else if (tier != RetentionTier.DAILY
                    && (candidate.promotedTo() == null || candidate.promotedTo().compareTo(tier) < 0)) {
                promotions.put(candidate.runId(), tier);
            }
        }
        return new Decision(promotions, expirations, kept);
    }

    /** Keeps the oldest run of each of the {@code count} newest buckets, at {@code tier} unless kept higher already. */
    private static void keepFirstOfRecentBuckets(List<Candidate> newestFirst, Function<Candidate, Long> bucketOf,
                                                 int count, RetentionTier tier, Map<BackupRunId, RetentionTier> kept) {
        TreeMap<Long, Candidate> firstOfBucket = new TreeMap<>(Comparator.reverseOrder());
        for (Candidate candidate : newestFirst) {
            // Walking newest to oldest, the last candidate seen in a bucket is its first run.
            firstOfBucket.put(bucketOf.apply(candidate), candidate);
        }
        firstOfBucket.values().stream().limit(count).forEach(candidate ->
                kept.merge(candidate.runId(), tier, (old, fresh) -> old.compareTo(fresh) >= 0 ? old : fresh));
    }

    private static LocalDate day(Candidate candidate) {
        return LocalDate.ofInstant(candidate.finishedAt(), ZoneOffset.UTC);
    }

    private static Long isoWeek(Candidate candidate) {
        LocalDate day = day(candidate);
        return day.get(IsoFields.WEEK_BASED_YEAR) * 100L + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    private static Long month(Candidate candidate) {
        YearMonth month = YearMonth.from(day(candidate));
        return month.getYear() * 100L + month.getMonthValue();
    }
}

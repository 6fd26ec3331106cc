package io.opsledger.kernel.backup;

import io.opsledger.kernel.limits.Range;

/**
 * Grandfather-father-son retention: keep the newest run of each of the last {@code keepDaily}
 * days, the first verified run of each of the last {@code keepWeekly} ISO weeks and the first
 * verified run of each of the last {@code keepMonthly} calendar months (UTC).
 */
public record RetentionPolicy(@Range(min = 0, max = BackupRule.MAX_KEEP) int keepDaily, @Range(min = 0, max = BackupRule.MAX_KEEP) int keepWeekly, @Range(min = 0, max = BackupRule.MAX_KEEP) int keepMonthly) {

    public static final RetentionPolicy DEFAULT = new RetentionPolicy(7, 4, 12);
}

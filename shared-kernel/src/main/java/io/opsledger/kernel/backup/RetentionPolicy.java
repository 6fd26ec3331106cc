package io.opsledger.kernel.backup;

/**
 * Grandfather-father-son retention: keep the newest run of each of the last {@code keepDaily}
 * days, the first verified run of each of the last {@code keepWeekly} ISO weeks and the first
 * verified run of each of the last {@code keepMonthly} calendar months (UTC).
 */
public record RetentionPolicy(int keepDaily, int keepWeekly, int keepMonthly) {

    public static final RetentionPolicy DEFAULT = new RetentionPolicy(7, 4, 12);
}

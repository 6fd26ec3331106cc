package io.opsledger.kernel.backup;

/** Why retention keeps a run: as one of the daily runs, or promoted to weekly or monthly. */
public enum RetentionTier { DAILY, WEEKLY, MONTHLY }

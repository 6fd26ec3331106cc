package io.opsledger.kernel.backup;

/**
 * A job's health at a glance. LATE: no success within interval + grace (the overdue deadline
 * fired and no success cleared it yet); FAILED: the last finished run failed or failed its
 * verification; NEVER_RAN: no successful run yet; OK otherwise.
 */
public enum BackupJobStatus { OK, LATE, FAILED, NEVER_RAN }

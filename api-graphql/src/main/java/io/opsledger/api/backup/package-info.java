/**
 * Backups over GraphQL (the {@code backupJob}, {@code backupJobs} queries, one mutation per
 * command, {@code scanBackupJob} and the {@code backupJobUpdated} subscription), the
 * Healthchecks-compatible ping endpoint, and the directory scanner with its schedule.
 */
package io.opsledger.api.backup;

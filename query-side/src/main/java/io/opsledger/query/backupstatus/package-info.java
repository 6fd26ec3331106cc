/**
 * Backup status: each job's health (OK, LATE, FAILED, NEVER_RAN), its runs and what retention
 * keeps, the ping UUID lookup the Healthchecks endpoint needs, and the scanner's targets; kept in
 * relational tables by the {@code backup-status} processing group and served through Axon
 * queries, including live subscription updates.
 */
package io.opsledger.query.backupstatus;

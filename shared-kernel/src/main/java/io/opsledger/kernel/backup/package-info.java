/**
 * The backup job's messages: a job that expects a successful run every interval, its runs
 * (started, succeeded, failed, verified, promoted, expired), the overdue condition, the queries
 * over jobs and runs and the views they return.
 */
package io.opsledger.kernel.backup;

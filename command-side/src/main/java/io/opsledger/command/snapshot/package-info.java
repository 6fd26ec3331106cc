/**
 * Snapshots of the aggregates whose streams grow (plans, backup jobs, alert streams, dashboards,
 * pipelines and pipeline runs), so that loading one costs a snapshot and a bounded tail of events
 * however long its history; and the replay of an aggregate from a list of its events, with its
 * own event-sourcing handlers, for tests and the audit reader.
 */
package io.opsledger.command.snapshot;

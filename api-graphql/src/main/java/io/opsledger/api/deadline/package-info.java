/**
 * Persistent deadlines: where aggregates' deadlines (a backup job's overdue check) are kept and
 * who fires them, so that a restart loses none.
 */
package io.opsledger.api.deadline;

/**
 * The plan aggregate: a plan's phases and tasks and every rule that keeps them consistent
 * (prerequisites done before a task is, no prerequisite cycle, nothing changes once archived).
 * Command handlers decide and apply events; state changes only in event sourcing handlers.
 */
package io.opsledger.command.plan;

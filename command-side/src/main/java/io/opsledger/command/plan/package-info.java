/**
 * The plan aggregate: a plan's phases and tasks and every rule that keeps them consistent
 * (prerequisites done before a task is, no prerequisite cycle, nothing changes once archived).
 * {@link io.opsledger.command.plan.Plan} holds the command handlers and the event-sourced state;
 * the decisions come from collaborators that answer what to apply: the field history and the
 * conflict reconciler (three-way merges), the change rules and prerequisite policies, and the
 * Markdown import matcher. State changes only in the plan's event-sourcing handler.
 */
package io.opsledger.command.plan;

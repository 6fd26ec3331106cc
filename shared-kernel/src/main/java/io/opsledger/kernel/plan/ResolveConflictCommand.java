package io.opsledger.kernel.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Closes an open conflict: keep the current value, take the incoming one, or write
 * {@code editedValue} (in the field's text form) instead.
 */
public record ResolveConflictCommand(@TargetAggregateIdentifier PlanId planId, ConflictId conflictId,
                                     ConflictResolution resolution, String editedValue) implements PlanCommand {
}

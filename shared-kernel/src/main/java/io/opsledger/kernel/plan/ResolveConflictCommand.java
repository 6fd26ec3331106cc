package io.opsledger.kernel.plan;

import io.opsledger.kernel.limits.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Closes an open conflict: keep the current value, take the incoming one, or write
 * {@code editedValue} (in the field's text form) instead.
 */
public record ResolveConflictCommand(@TargetAggregateIdentifier PlanId planId, ConflictId conflictId,
                                     ConflictResolution resolution, @Text(max = PlanRule.MAX_DESCRIPTION_LENGTH) String editedValue) implements PlanCommand {
}

package io.opsledger.kernel.plan;

import io.opsledger.kernel.limits.Range;
import io.opsledger.kernel.limits.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates the plan from a Markdown file, or brings an existing plan in line with an edited copy.
 * The change is based on {@code basedOnRevision}, else on the revision written in the file by the
 * exporter, else on the plan as it stands; {@code strategy} overrides the plan's for this import.
 */
public record ImportPlanMarkdownCommand(@TargetAggregateIdentifier PlanId planId, @Text(max = 1_000_000, multiline = true) String markdown,
                                        @Range(min = 0, max = Long.MAX_VALUE) Long basedOnRevision, ConflictStrategy strategy) implements PlanCommand {
}

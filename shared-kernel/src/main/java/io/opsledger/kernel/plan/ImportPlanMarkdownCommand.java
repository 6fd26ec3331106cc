package io.opsledger.kernel.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates the plan from a Markdown file, or brings an existing plan in line with an edited copy.
 * The change is based on {@code basedOnRevision}, else on the revision written in the file by the
 * exporter, else on the plan as it stands; {@code strategy} overrides the plan's for this import.
 */
public record ImportPlanMarkdownCommand(@TargetAggregateIdentifier PlanId planId, String markdown,
                                        Long basedOnRevision, ConflictStrategy strategy) implements PlanCommand {
}

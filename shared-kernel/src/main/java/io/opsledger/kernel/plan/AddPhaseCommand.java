package io.opsledger.kernel.plan;

import io.opsledger.kernel.limits.Range;
import io.opsledger.kernel.limits.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a phase; without a number it takes the next free one. */
public record AddPhaseCommand(@TargetAggregateIdentifier PlanId planId, PhaseId phaseId, @Range(min = 0, max = 100_000) Integer number, @Text(max = PlanRule.MAX_TITLE_LENGTH, required = true) String title) implements PlanCommand {
}

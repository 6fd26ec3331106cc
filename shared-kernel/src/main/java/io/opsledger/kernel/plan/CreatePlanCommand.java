package io.opsledger.kernel.plan;

import io.opsledger.kernel.limits.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a DRAFT plan with a title and a version label such as {@code v55}, and
 * the conflict strategy used when a command names none (AUTO_MERGE when absent). */
public record CreatePlanCommand(@TargetAggregateIdentifier PlanId planId, @Text(max = PlanRule.MAX_TITLE_LENGTH, required = true) String title, @Text(max = 20, required = true) String version,
                                ConflictStrategy conflictStrategy) implements PlanCommand {

    /** A plan whose conflicts are settled by {@link ConflictStrategy#AUTO_MERGE}. */
    public CreatePlanCommand(PlanId planId, String title, String version) {
        this(planId, title, version, null);
    }
}

package io.opsledger.kernel.pipeline;

import io.opsledger.kernel.limits.Items;
import java.util.List;

/** A step and the steps that must have succeeded before it may start. */
public record StepDefinition(StepName name, StepKind kind, @Items(max = PipelineRule.MAX_STEPS) List<StepName> dependsOn) {

    public StepDefinition {
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }
}

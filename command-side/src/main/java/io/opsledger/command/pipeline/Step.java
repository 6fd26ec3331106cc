package io.opsledger.command.pipeline;

import io.opsledger.kernel.pipeline.StepName;
import io.opsledger.kernel.pipeline.StepState;

import java.util.List;

/**
 * A step of a pipeline run, immutable: an event replaces it, so two runs' states compare by value
 * (Axon's fixture checks that state changes only in event-sourcing handlers this way). Only what
 * the run's rules need is kept.
 */
record Step(StepName name, List<StepName> dependsOn, StepState state, Long rowsRead, Long rowsWritten) {

    Step {
        dependsOn = List.copyOf(dependsOn);
    }

    static Step pending(StepName name, List<StepName> dependsOn) {
        return new Step(name, dependsOn, StepState.PENDING, null, null);
    }

    Step inState(StepState newState) {
        return new Step(name, dependsOn, newState, rowsRead, rowsWritten);
    }

    Step succeeded(Long read, Long written) {
        return new Step(name, dependsOn, StepState.SUCCEEDED, read, written);
    }
}

package io.opsledger.command.pipeline;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.opsledger.kernel.pipeline.StepName;
import io.opsledger.kernel.pipeline.StepState;

import java.util.List;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

/** A step of a pipeline run; only what the run's rules need. */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
final class Step {
    final StepName name;
    final List<StepName> dependsOn;
    StepState state = StepState.PENDING;
    Long rowsRead;
    Long rowsWritten;

    /** For Jackson, reading a snapshot: it sets the fields itself. */
    private Step() {
        this(null, null);
    }

    Step(StepName name, List<StepName> dependsOn) {
        this.name = name;
        this.dependsOn = dependsOn;
    }
}

package io.opsledger.kernel.pipeline;

import io.opsledger.kernel.limits.Text;
import java.util.Objects;

/** A step of a pipeline, named by the pipeline's author (e.g. {@code extract_orders}); unique within its pipeline. */
public record StepName(@Text(max = PipelineRule.MAX_NAME_LENGTH, required = true) String value) {

    public StepName {
        Objects.requireNonNull(value, "step name");
    }

    public static StepName of(String value) {
        return new StepName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

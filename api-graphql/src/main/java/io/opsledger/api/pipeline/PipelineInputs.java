package io.opsledger.api.pipeline;

import io.opsledger.kernel.pipeline.StepDefinition;
import io.opsledger.kernel.pipeline.StepKind;
import io.opsledger.kernel.pipeline.StepName;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The GraphQL input objects of pipeline mutations, bound by Spring GraphQL. */
final class PipelineInputs {

    private PipelineInputs() {
    }

    record PipelineStepInput(String name, StepKind kind, List<String> dependsOn) {
        StepDefinition toStep() {
            return new StepDefinition(name == null ? null : new StepName(name), kind,
                    dependsOn == null ? List.of() : dependsOn.stream().map(StepName::new).toList());
        }
    }

    record CreatePipelineInput(String namespace, String name, List<PipelineStepInput> steps, Integer maxRetries,
                               Integer timeoutSeconds) {
    }

    record ChangePipelineDefinitionInput(UUID id, List<PipelineStepInput> steps, Integer maxRetries,
                                         Integer timeoutSeconds) {
    }

    record QueuePipelineRunInput(UUID pipelineId, UUID runId, Instant at) {
    }

    record StartPipelineRunInput(UUID runId, Instant at) {
    }

    record StartPipelineStepInput(UUID runId, String step, Instant at) {
    }

    record CompletePipelineStepInput(UUID runId, String step, Instant at, Double rowsRead, Double rowsWritten) {
    }

    record FailPipelineStepInput(UUID runId, String step, Instant at, String reason) {
    }

    record CompletePipelineRunInput(UUID runId, Instant at, Double rowsRead, Double rowsWritten) {
    }

    record FailPipelineRunInput(UUID runId, Instant at, String reason) {
    }

    record CancelPipelineRunInput(UUID runId, Instant at, String reason) {
    }

    record RetryPipelineRunInput(UUID runId, UUID newRunId, Instant at) {
    }

    static List<StepDefinition> steps(List<PipelineStepInput> steps) {
        return steps == null ? List.of() : steps.stream().map(PipelineStepInput::toStep).toList();
    }

    static Duration timeout(Integer timeoutSeconds) {
        return timeoutSeconds == null ? null : Duration.ofSeconds(timeoutSeconds);
    }

    static int retries(Integer maxRetries) {
        return maxRetries == null ? 0 : maxRetries;
    }

    /** Row counts travel as Float (GraphQL's Int is 32 bits); a fraction is cut, as a count has none. */
    static Long rows(Double rows) {
        return rows == null ? null : rows.longValue();
    }
}

package io.opsledger.kernel.pipeline;

import org.axonframework.serialization.Revision;

/**
 * A succeeded run's figure lies outside its pipeline's recent history: {@code value} is outside
 * [{@code lowerBound}, {@code upperBound}] = median ± k · spread, where spread is the scaled median
 * absolute deviation ({@code 1.4826 · mad}) with a floor, over the {@code historySize} previous
 * runs. This event is the alert for now; an alert policy can react to it once alerts exist.
 */
@Revision("1")
public record PipelineRunAnomalyDetectedEvent(PipelineId pipelineId, PipelineRunId runId, AnomalyMetric metric,
                                              double value, double median, double mad, double k, int historySize,
                                              double lowerBound, double upperBound) implements PipelineEvent {
}

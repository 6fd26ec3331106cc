package io.opsledger.kernel.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A pipeline and its current definition; {@code revision} is the sequence number of its last event applied. */
public record PipelineView(UUID id, String namespace, String name, PipelineOrigin origin, int definitionVersion,
                           List<StepDefinition> steps, int maxRetries, Long timeoutSeconds, int runCount,
                           long revision, Instant createdAt, Instant updatedAt) {
}

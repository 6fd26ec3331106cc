package io.opsledger.kernel.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * One run (one attempt) of a pipeline. Runs reported through OpenLineage get an id derived from
 * the job and the reporter's run id ({@link #forOpenLineageRun}), so that a duplicated or
 * reordered event reaches the same aggregate, and two jobs that reuse a run id never collide.
 */
public record PipelineRunId(UUID value) {

    public PipelineRunId {
        Objects.requireNonNull(value, "pipeline run id");
    }

    public static PipelineRunId random() {
        return new PipelineRunId(UUID.randomUUID());
    }

    public static PipelineRunId of(String value) {
        return new PipelineRunId(UUID.fromString(value));
    }

    public static PipelineRunId forOpenLineageRun(String namespace, String name, UUID runId) {
        String key = "openlineage-run\n" + namespace + "\n" + name + "\n" + runId;
        return new PipelineRunId(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)));
    }

    /** As {@link #of(String)}: the name Jackson looks for to read this id as a map key. */
    public static PipelineRunId fromString(String value) {
        return of(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

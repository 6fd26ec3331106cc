package io.opsledger.kernel.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * A pipeline. Its id is derived from namespace and name ({@link #forJob}), the way OpenLineage
 * identifies a job, so that a job reported by Airflow or Spark and a pipeline created through
 * GraphQL with the same namespace and name are one pipeline, and a second creation is refused.
 */
public record PipelineId(UUID value) {

    public PipelineId {
        Objects.requireNonNull(value, "pipeline id");
    }

    /** The same namespace and name always give the same id (a name-based UUID). */
    public static PipelineId forJob(String namespace, String name) {
        String key = "opsledger-pipeline\n" + namespace + "\n" + name;
        return new PipelineId(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)));
    }

    public static PipelineId of(String value) {
        return new PipelineId(UUID.fromString(value));
    }

    /** The aggregate identifier in the event store: the bare UUID. */
    /** As {@link #of(String)}: the name Jackson looks for to read this id as a map key. */
    public static PipelineId fromString(String value) {
        return of(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package io.opsledger.kernel.pipeline;

/** Who made a pipeline or a run known: a GraphQL client, or an OpenLineage reporter. */
public enum PipelineOrigin { API, OPENLINEAGE }

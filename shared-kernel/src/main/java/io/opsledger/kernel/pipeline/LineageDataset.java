package io.opsledger.kernel.pipeline;

/** A dataset a run read or wrote, as OpenLineage names it; {@code facets} is its facets as JSON text, or null. */
public record LineageDataset(String namespace, String name, String facets) {
}

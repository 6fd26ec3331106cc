package io.opsledger.kernel.pipeline;

import io.opsledger.kernel.limits.Text;

/** A dataset a run read or wrote, as OpenLineage names it; {@code facets} is its facets as JSON text, or null. */
public record LineageDataset(@Text(max = 1000) String namespace, @Text(max = 1000) String name, @Text(max = 1_000_000, multiline = true, raw = true) String facets) {
}

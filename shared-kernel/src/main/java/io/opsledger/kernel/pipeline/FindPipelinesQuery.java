package io.opsledger.kernel.pipeline;

/**
 * A page of pipelines, oldest first, optionally of one namespace. {@code after} is the cursor of
 * the last pipeline of the previous page; answers {@link PipelinePage}.
 */
public record FindPipelinesQuery(String namespace, int first, String after) {
}

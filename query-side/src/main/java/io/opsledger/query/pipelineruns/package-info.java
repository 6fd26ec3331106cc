/**
 * Pipeline runs as read models: pipelines with their current definition, runs with their steps,
 * retry chain, datasets, OpenLineage events and anomalies, and the figures over a pipeline's
 * finished runs (success rate, duration percentiles); kept by the {@code pipeline-runs} processing
 * group and served through Axon queries, including live subscription updates.
 */
package io.opsledger.query.pipelineruns;

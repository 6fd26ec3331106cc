/**
 * Pipelines over GraphQL (definitions, runs, steps, retries, statistics, the run subscription) and
 * over OpenLineage's HTTP endpoint, through which schedulers and engines report runs unchanged.
 */
package io.opsledger.api.pipeline;

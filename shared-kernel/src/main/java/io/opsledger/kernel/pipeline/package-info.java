/**
 * The pipeline and pipeline run messages: pipelines with versioned definitions (a DAG of
 * extract, transform and load steps, retries, a timeout), runs with their state machine, per-step
 * states and rows, retries as linked attempts, OpenLineage events kept as lineage, the anomaly
 * raised when a run's figures leave its pipeline's history, and the queries and views over them.
 */
package io.opsledger.kernel.pipeline;

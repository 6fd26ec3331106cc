/**
 * Pipelines and their runs: the pipeline aggregate with its versioned definition (a DAG of steps)
 * and the history anomalies are judged against; the run aggregate with its state machine, per-step
 * states, retries as linked attempts, OpenLineage events and the timeout deadline; the policy that
 * carries each succeeded run's figures to its pipeline.
 */
package io.opsledger.command.pipeline;

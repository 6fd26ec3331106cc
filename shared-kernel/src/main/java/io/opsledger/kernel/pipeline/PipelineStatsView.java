package io.opsledger.kernel.pipeline;

/**
 * Figures over a pipeline's finished runs: the share that succeeded (null before any finished) and
 * the median and 95th percentile of succeeded runs' durations (null before any is known).
 */
public record PipelineStatsView(int finishedRuns, int succeededRuns, Double successRate, Long p50DurationMillis,
                                Long p95DurationMillis) {
}

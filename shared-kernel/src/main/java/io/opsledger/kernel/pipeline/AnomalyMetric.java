package io.opsledger.kernel.pipeline;

/** The figures of a succeeded run that are compared with its pipeline's history. */
public enum AnomalyMetric { DURATION_MILLIS, ROWS_WRITTEN }

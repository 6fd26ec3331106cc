package io.opsledger.kernel.pipeline;

/** What a step does with data. */
public enum StepKind { EXTRACT, TRANSFORM, LOAD }

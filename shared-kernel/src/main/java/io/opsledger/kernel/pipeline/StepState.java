package io.opsledger.kernel.pipeline;

/** Where a step of one run stands. */
public enum StepState { PENDING, RUNNING, SUCCEEDED, FAILED }

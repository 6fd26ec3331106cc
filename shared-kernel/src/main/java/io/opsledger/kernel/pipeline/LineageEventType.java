package io.opsledger.kernel.pipeline;

/** OpenLineage's RunEvent types. */
public enum LineageEventType { START, RUNNING, COMPLETE, FAIL, ABORT, OTHER }

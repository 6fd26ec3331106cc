package io.opsledger.kernel.pipeline;

import io.opsledger.kernel.Rule;

/**
 * Every rule a pipeline or pipeline run command can break. The constant's name is the error code
 * the API returns; the pipeline and pipeline run aggregates enforce them.
 */
public enum PipelineRule implements Rule {
    NAME_REQUIRED("name"),
    NAME_TOO_LONG("name"),
    NAMESPACE_REQUIRED("namespace"),
    NAMESPACE_TOO_LONG("namespace"),
    /** A step name is 1 to 200 characters. */
    STEP_NAME_INVALID("steps"),
    STEP_NAME_DUPLICATE("steps"),
    STEP_KIND_REQUIRED("steps"),
    /** At most {@value #MAX_STEPS} steps. */
    TOO_MANY_STEPS("steps"),
    /** A step depends on a step the pipeline does not have. */
    STEP_DEPENDENCY_DANGLING("steps"),
    /** Dependencies form a DAG: no step depends, directly or not, on itself. */
    STEP_DEPENDENCY_CYCLE("steps"),
    /** 0 to {@value #MAX_RETRIES} retries. */
    MAX_RETRIES_OUT_OF_RANGE("maxRetries"),
    /** A timeout is 1 second to 7 days, or none. */
    TIMEOUT_OUT_OF_RANGE("timeoutSeconds"),
    PIPELINE_NOT_FOUND("pipelineId"),
    /** Only a QUEUED run can start. */
    RUN_NOT_QUEUED("runId"),
    /** Steps start and end, and runs succeed or fail, only while the run is RUNNING. */
    RUN_NOT_RUNNING("runId"),
    /** A run that succeeded, failed, was cancelled or timed out does not change state again. */
    RUN_ALREADY_FINISHED("runId"),
    /** A run with steps succeeds when its last step does; it cannot succeed before. */
    STEPS_NOT_FINISHED("runId"),
    STEP_NOT_FOUND("step"),
    /** A step runs once per run. */
    STEP_ALREADY_STARTED("step"),
    STEP_NOT_RUNNING("step"),
    /** Nothing in a run happens before the run started: a negative duration would feed the anomaly statistics. */
    TIME_BEFORE_START("at"),
    /** A step starts only after every step it depends on succeeded. */
    STEP_DEPENDENCIES_NOT_SUCCEEDED("step"),
    ROWS_NEGATIVE("rows"),
    REASON_TOO_LONG("reason"),
    /** Only a FAILED or TIMED_OUT run can be retried. */
    RUN_NOT_RETRYABLE("runId"),
    /** The run's attempt number already used every retry its pipeline allows. */
    RETRIES_EXHAUSTED("runId"),
    /** A failed run is retried once; the retry's own failure is retried in turn. */
    RUN_ALREADY_RETRIED("runId"),
    RUN_ID_TAKEN("newRunId");

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_STEPS = 500;
    public static final int MAX_RETRIES = 100;
    public static final int MAX_REASON_LENGTH = 2000;
    public static final long MAX_TIMEOUT_SECONDS = 7L * 24 * 3600;

    private final String field;

    PipelineRule(String field) {
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}

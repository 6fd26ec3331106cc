package io.opsledger.kernel.pipeline;

/** QUEUED → RUNNING → SUCCEEDED | FAILED | CANCELLED | TIMED_OUT. A queued run may also be cancelled. */
public enum PipelineRunState {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED, TIMED_OUT;

    public boolean isFinished() {
        return this != QUEUED && this != RUNNING;
    }
}

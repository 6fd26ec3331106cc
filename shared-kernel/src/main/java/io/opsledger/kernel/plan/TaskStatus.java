package io.opsledger.kernel.plan;

public enum TaskStatus {
    TODO, IN_PROGRESS, DONE, BLOCKED
}

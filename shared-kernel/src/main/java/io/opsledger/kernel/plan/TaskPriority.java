package io.opsledger.kernel.plan;

public enum TaskPriority {
    LOW, MEDIUM, HIGH, CRITICAL
}

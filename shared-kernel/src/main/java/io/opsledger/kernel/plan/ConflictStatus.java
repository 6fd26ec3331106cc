package io.opsledger.kernel.plan;

public enum ConflictStatus {
    OPEN, RESOLVED
}

package io.opsledger.kernel.alert;

public enum AlertStatus {
    OPEN, ACKNOWLEDGED, RESOLVED
}

package io.opsledger.kernel.alert;

/** What an alert command answers: the alert it concerned (null if none) and the stream's revision after it. */
public record AlertChange(AlertId alertId, long revision) {
}

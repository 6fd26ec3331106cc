package io.opsledger.kernel;

/**
 * A rule violation as data: the rule's name (the error code), the field it concerns, why, and
 * whether the input was merely stale (see {@link Rule#staleInput()}).
 */
public record Rejection(String rule, String field, String message, boolean staleInput) {
}

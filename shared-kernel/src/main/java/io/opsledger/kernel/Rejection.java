package io.opsledger.kernel;

/** A rule violation as data: the rule's name (the error code), the field it concerns, and why. */
public record Rejection(String rule, String field, String message) {
}

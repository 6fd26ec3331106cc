package io.opsledger.kernel.limits;

/**
 * The rules the limits enforce; each name is the error code a client receives, with the path of
 * the field (e.g. {@code steps[2].name}).
 */
public enum LimitRule {
    /** Longer than the field's declared maximum (counted in characters after NFC normalisation). */
    TEXT_TOO_LONG,
    /** Blank after trimming where a value is required. */
    TEXT_REQUIRED,
    /** A control character (NUL, escape, ...), or a line break in a single-line field. */
    TEXT_CONTROL_CHARACTER,
    /** A number outside the field's declared range. */
    NUMBER_OUT_OF_RANGE,
    /** More entries than the field's declared maximum. */
    TOO_MANY_ITEMS,
    /** A client-reported time later than the server's clock allows, or before the earliest accepted instant. */
    TIME_OUT_OF_WINDOW,
    /** Not an existing calendar date written YYYY-MM-DD within the accepted years. */
    DATE_FORMAT,
    /** A duration that is negative or outside the field's declared range. */
    DURATION_OUT_OF_RANGE,
    /** A page ({@code first}) of fewer than one item or more than the configured maximum. */
    PAGE_SIZE_OUT_OF_RANGE
}

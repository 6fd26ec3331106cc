package io.opsledger.kernel;

/**
 * A named business rule. Its {@link #name()} is the error code clients receive, so the code a
 * client sees leads to exactly one declaration when searched for.
 */
public interface Rule {

    String name();

    /** The input field the rule is about, as the API names it. */
    String field();

    /**
     * Whether breaking this rule means the input was prepared from a state that has moved on since
     * (reported as a CONFLICT: read again and retry), rather than that the input itself is wrong.
     */
    default boolean staleInput() {
        return false;
    }

    default RuleViolationException violated(String messageFormat, Object... args) {
        return new RuleViolationException(name(), field(), messageFormat.formatted(args), staleInput());
    }
}

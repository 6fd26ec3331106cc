package io.opsledger.kernel;

/** Rules that hold for every aggregate, enforced by the framework rather than by a handler. */
public enum CommonRule implements Rule {
    /** A create command named an id that another entity already has. */
    ID_ALREADY_USED("id"),
    /** The entity changed between the moment the command was built and the moment it was applied. */
    CONCURRENT_MODIFICATION("id"),
    /** An idempotency key longer than the store keeps. */
    IDEMPOTENCY_KEY_TOO_LONG("Idempotency-Key");

    private final String field;

    CommonRule(String field) {
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public boolean staleInput() {
        return this == CONCURRENT_MODIFICATION;
    }
}

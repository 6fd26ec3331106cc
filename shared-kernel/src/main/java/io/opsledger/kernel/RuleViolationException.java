package io.opsledger.kernel;

/**
 * A command was rejected because it would break a named rule. Thrown by command handlers and
 * translated by the API into a typed VALIDATION error that names the rule and the field.
 */
public class RuleViolationException extends RuntimeException {

    private final String rule;
    private final String field;
    private final boolean staleInput;

    public RuleViolationException(String rule, String field, String message) {
        this(rule, field, message, false);
    }

    public RuleViolationException(String rule, String field, String message, boolean staleInput) {
        super(message);
        this.rule = rule;
        this.field = field;
        this.staleInput = staleInput;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }

    /** See {@link Rule#staleInput()}. */
    public boolean staleInput() {
        return staleInput;
    }

    /** The serialisable form, carried as details when the command crosses a process boundary. */
    public Rejection toRejection() {
        return new Rejection(rule, field, getMessage(), staleInput);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        // Rejections are expected outcomes, not bugs: a stack trace would only be noise.
        return this;
    }
}

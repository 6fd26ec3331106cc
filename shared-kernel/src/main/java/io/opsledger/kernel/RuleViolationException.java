package io.opsledger.kernel;

/**
 * A command was rejected because it would break a named rule. Thrown by command handlers and
 * translated by the API into a typed VALIDATION error that names the rule and the field.
 */
public class RuleViolationException extends RuntimeException {

    private final String rule;
    private final String field;

    public RuleViolationException(String rule, String field, String message) {
        super(message);
        this.rule = rule;
        this.field = field;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }

    /** The serialisable form, carried as details when the command crosses a process boundary. */
    public Rejection toRejection() {
        return new Rejection(rule, field, getMessage());
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        // Rejections are expected outcomes, not bugs: a stack trace would only be noise.
        return this;
    }
}

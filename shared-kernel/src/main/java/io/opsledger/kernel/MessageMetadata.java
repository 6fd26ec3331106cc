package io.opsledger.kernel;

/**
 * Metadata keys every command and event carries. Commands get them from the API when they are
 * dispatched; events inherit them from the command that caused them.
 */
public final class MessageMetadata {

    /** Who acted: a user or service name; {@value #ANONYMOUS} until security exists. */
    public static final String PRINCIPAL = "principal";
    /** The id shared by every message of one user action, however many hops it takes. */
    public static final String CORRELATION_ID = "correlationId";
    /** The id of the message that directly caused this one. */
    public static final String CAUSATION_ID = "causationId";
    /** When the user action was issued (ISO-8601 instant), as opposed to when an event was stored. */
    public static final String TIMESTAMP = "timestamp";

    public static final String ANONYMOUS = "anonymous";

    /**
     * A unit-of-work resource (not metadata) marking the handling of a message that dispatches
     * nothing, so no correlation metadata needs to be worked out for what it creates: the query
     * side's event processors set it (their only new messages are results and subscription updates).
     */
    public static final String DISPATCHES_NOTHING = "io.opsledger.dispatches-nothing";

    private MessageMetadata() {
    }
}

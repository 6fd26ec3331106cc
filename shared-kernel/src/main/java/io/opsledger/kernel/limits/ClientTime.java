package io.opsledger.kernel.limits;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An instant reported by a client (a backup script, a pipeline runner): accepted from
 * {@link CommandLimits#EARLIEST_INSTANT} up to the server's clock plus the configured allowance for
 * clocks that run ahead ({@code opsledger.limits.client-clock-ahead}, 24 h by default).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface ClientTime {
}

package io.opsledger.kernel.limits;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A calendar date written {@code YYYY-MM-DD} (a {@code String}, blank meaning none, or a
 * {@code LocalDate}): it must exist on the calendar and lie between years
 * {@link CommandLimits#MIN_YEAR} and {@link CommandLimits#MAX_YEAR}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface CalendarDate {
}

package io.opsledger.kernel.limits;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text value: at most {@link #max()} characters after NFC normalisation, no control characters
 * (line breaks and tabs only where {@link #multiline()}), and, where {@link #required()}, not blank
 * after trimming. Applies to a {@code String} component, or to the {@code String} values of a map.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Text {

    int max();

    boolean required() default false;

    boolean multiline() default false;

    /**
     * Machine output kept as sent (a script's log, OpenLineage facets): only the length is
     * limited, control characters such as terminal colour codes are kept.
     */
    boolean raw() default false;
}

package io.opsledger.kernel.limits;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An integral number between {@link #min()} and {@link #max()} inclusive (null passes: absence is the domain's call). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Range {

    long min();

    long max();
}

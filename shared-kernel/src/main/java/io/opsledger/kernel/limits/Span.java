package io.opsledger.kernel.limits;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A duration between {@link #minSeconds()} and {@link #maxSeconds()} inclusive; never negative. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Span {

    long minSeconds() default 0;

    long maxSeconds();
}

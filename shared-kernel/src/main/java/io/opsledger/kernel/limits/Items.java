package io.opsledger.kernel.limits;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A collection or map of at most {@link #max()} entries; record elements are checked in turn. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Items {

    int max();

    /** For a map: the longest key, in characters; keys are single-line text and must not be blank. */
    int keyMax() default 100;
}

package io.opsledger.query.planoverview;

import io.opsledger.kernel.plan.PlanEvent;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The projection's revision column advances only through its handlers: a plan event it does not
 * handle would leave the read model behind the plan for good, and every mutation answering that
 * plan would wait for a revision that never comes.
 */
class PlanOverviewProjectionCoverageTest {

    @Test
    void handlesEveryPlanEvent() {
        Set<Class<?>> handled = Arrays.stream(PlanOverviewProjection.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(EventHandler.class))
                .map(Method::getParameterTypes)
                .map(parameters -> parameters[0])
                .collect(Collectors.toSet());

        assertThat(handled).containsExactlyInAnyOrder(PlanEvent.class.getPermittedSubclasses());
    }
}

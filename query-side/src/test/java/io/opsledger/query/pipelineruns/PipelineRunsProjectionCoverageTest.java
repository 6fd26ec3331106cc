package io.opsledger.query.pipelineruns;

import io.opsledger.kernel.pipeline.PipelineEvent;
import io.opsledger.kernel.pipeline.PipelineRunEvent;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The revision columns advance only through the projection's handlers: an event it does not handle
 * would leave a run or pipeline behind for good, and every mutation answering it would wait for a
 * revision that never comes.
 */
class PipelineRunsProjectionCoverageTest {

    @Test
    void handlesEveryPipelineAndRunEvent() {
        Set<Class<?>> handled = Arrays.stream(PipelineRunsProjection.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(EventHandler.class))
                .map(Method::getParameterTypes)
                .map(parameters -> parameters[0])
                .collect(Collectors.toSet());

        assertThat(handled).containsExactlyInAnyOrder(Stream.concat(
                Arrays.stream(PipelineEvent.class.getPermittedSubclasses()),
                Arrays.stream(PipelineRunEvent.class.getPermittedSubclasses())).toArray(Class<?>[]::new));
    }
}

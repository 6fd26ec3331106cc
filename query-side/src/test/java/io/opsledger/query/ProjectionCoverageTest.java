package io.opsledger.query;

import io.opsledger.kernel.alert.AlertEvent;
import io.opsledger.kernel.backup.BackupJobEvent;
import io.opsledger.kernel.dashboard.DashboardEvent;
import io.opsledger.kernel.pipeline.PipelineEvent;
import io.opsledger.kernel.pipeline.PipelineRunEvent;
import io.opsledger.kernel.plan.PlanEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A read model that keeps a revision per entity advances it only through its handlers: an event it
 * does not handle would leave the entity behind for good, and every mutation answering it would wait
 * for a revision that never comes. One rule, applied to every such projection; and every event
 * processor of the query side is either held to it or named here as reacting to some events only.
 */
class ProjectionCoverageTest {

    /** The projections that keep a revision per entity, with the event families they must handle whole. */
    private static final Map<String, List<Class<?>>> REVISION_TRACKING = Map.of(
            "io.opsledger.query.planoverview.PlanOverviewProjection", List.of(PlanEvent.class),
            "io.opsledger.query.pipelineruns.PipelineRunsProjection", List.of(PipelineEvent.class, PipelineRunEvent.class),
            "io.opsledger.query.backupstatus.BackupStatusProjection", List.of(BackupJobEvent.class),
            "io.opsledger.query.dashboardlayout.DashboardLayoutProjection", List.of(DashboardEvent.class),
            "io.opsledger.query.alertfeed.AlertFeedProjection", List.of(AlertEvent.class));

    /** Processors that react to some events by design, and why that cannot stall a read model. */
    private static final Map<String, String> PARTIAL_BY_DESIGN = Map.of(
            "io.opsledger.query.live.LiveUpdates", "pushes views to subscribers; stores nothing",
            "io.opsledger.query.live.WidgetDataLiveUpdates", "pushes widget data to subscribers; stores nothing",
            "io.opsledger.query.audit.CorrelationIndexProjection", "indexes every event message whatever its payload",
            "io.opsledger.query.search.SearchProjection",
            "upserts search documents by entity key for the events that change their text; keeps no revision");

    static Stream<Arguments> projections() {
        return REVISION_TRACKING.entrySet().stream()
                .map(entry -> Arguments.argumentSet(simpleName(entry.getKey()), entry.getKey(), entry.getValue()));
    }

    @ParameterizedTest
    @MethodSource("projections")
    void handlesEveryEventOfItsFamilies(String projection, List<Class<?>> families) throws ClassNotFoundException {
        Set<Class<?>> handled = Arrays.stream(Class.forName(projection).getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(EventHandler.class))
                .map(method -> method.getParameterTypes()[0])
                .collect(Collectors.toSet());

        Class<?>[] expected = families.stream()
                .flatMap(family -> Arrays.stream(family.getPermittedSubclasses()))
                .toArray(Class<?>[]::new);
        assertThat(handled).as("event handlers of %s", projection).containsExactlyInAnyOrder(expected);
    }

    @Test
    void everyEventProcessorOfTheQuerySideIsCheckedOrNamedAsPartial() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ProcessingGroup.class));
        Set<String> processors = scanner.findCandidateComponents("io.opsledger.query").stream()
                .map(BeanDefinition::getBeanClassName)
                .collect(Collectors.toSet());

        assertThat(processors).containsExactlyInAnyOrderElementsOf(
                Stream.concat(REVISION_TRACKING.keySet().stream(), PARTIAL_BY_DESIGN.keySet().stream()).toList());
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}

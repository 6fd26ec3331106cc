package io.opsledger.query.readmodel;

import org.axonframework.config.ProcessingGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DispatchesNothingTest {

    /** A query-side group missing from the list would only be slower; one wrongly in it would lose audit metadata. */
    @Test
    void theQuerySideGroupsAreExactlyTheProcessingGroupsDeclaredInTheQuerySide() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ProcessingGroup.class));
        Set<String> declared = scanner.findCandidateComponents("io.opsledger.query").stream()
                .map(BeanDefinition::getBeanClassName)
                .map(DispatchesNothingTest::group)
                .collect(Collectors.toSet());

        assertThat(ProcessingGroups.QUERY_SIDE).containsExactlyInAnyOrderElementsOf(declared);
    }

    private static String group(String className) {
        try {
            return Class.forName(className).getAnnotation(ProcessingGroup.class).value();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

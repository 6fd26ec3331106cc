package io.opsledger.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UiRouteFallbackFilterTest {

    @Test
    void pagesOfTheUiAnswerWithIndexHtml() {
        assertThat(UiRouteFallbackFilter.isUiRoute("/plans", true, true)).isTrue();
        assertThat(UiRouteFallbackFilter.isUiRoute("/plans/4a1e0c9e-2b7d-4c1b-9a51-0d1f3f3b8a10", true, true)).isTrue();
        assertThat(UiRouteFallbackFilter.isUiRoute("/dashboards/ops", true, true)).isTrue();
    }

    @Test
    void apiPathsGraphiqlFilesAndNonBrowserRequestsAreLeftAlone() {
        assertThat(UiRouteFallbackFilter.isUiRoute("/graphql", true, true)).isFalse();
        assertThat(UiRouteFallbackFilter.isUiRoute("/graphiql", true, true)).isFalse();
        assertThat(UiRouteFallbackFilter.isUiRoute("/ping/4a1e0c9e-2b7d-4c1b-9a51-0d1f3f3b8a10", true, true)).isFalse();
        assertThat(UiRouteFallbackFilter.isUiRoute("/actuator/health", true, true)).isFalse();
        assertThat(UiRouteFallbackFilter.isUiRoute("/assets/index-abc.js", true, true)).isFalse();
        assertThat(UiRouteFallbackFilter.isUiRoute("/favicon.ico", true, true)).isFalse();
        assertThat(UiRouteFallbackFilter.isUiRoute("/plans", false, true)).isFalse();
        assertThat(UiRouteFallbackFilter.isUiRoute("/plans", true, false)).isFalse();
    }
}

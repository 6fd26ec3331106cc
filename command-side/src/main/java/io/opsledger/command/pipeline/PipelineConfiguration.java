package io.opsledger.command.pipeline;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    /** Injected into the pipeline's outcome handler; see {@link AnomalySettings} for what each number means. */
    @Bean
    AnomalySettings anomalySettings(@Value("${opsledger.pipeline.anomaly.k:3.5}") double k,
                                    @Value("${opsledger.pipeline.anomaly.window:50}") int window,
                                    @Value("${opsledger.pipeline.anomaly.min-runs:10}") int minRuns,
                                    @Value("${opsledger.pipeline.anomaly.min-relative-spread:0.05}") double minRelativeSpread) {
        return new AnomalySettings(k, window, minRuns, minRelativeSpread);
    }
}

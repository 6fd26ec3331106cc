package io.opsledger.command.messaging;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class MessagingConfiguration {

    /** Replaces Axon's default MessageOriginProvider, whose correlationId/traceId pair names things differently. */
    @Bean
    CorrelationDataProvider auditMetadataProvider() {
        return new AuditMetadataProvider();
    }
}

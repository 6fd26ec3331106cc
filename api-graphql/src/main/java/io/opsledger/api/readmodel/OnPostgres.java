package io.opsledger.api.readmodel;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when the application's database is PostgreSQL (the {@code postgres} profile or any URL to it). */
class OnPostgres implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String url = context.getEnvironment().getProperty("spring.datasource.url", "");
        return url.startsWith("jdbc:postgresql:");
    }
}

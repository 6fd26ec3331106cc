package io.opsledger.api.graphql;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLTypeUtil;
import io.opsledger.kernel.RuleViolationException;
import io.opsledger.kernel.limits.LimitRule;
import io.opsledger.query.paging.PageRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The largest page a client may ask for: every field with a {@code first} argument, present and
 * future, is checked here before it runs. Pages of stored events (the audit trail) have a limit of
 * their own, as an event is small and a history is read from its start.
 * <p>
 * Ordered first among instrumentations, so that it wraps innermost and the role check
 * ({@code FieldAccess}, which graphql-java applies outside it) refuses a forbidden field before its
 * arguments are judged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageSizeLimit extends SimplePerformantInstrumentation {

    static final String ARGUMENT = "first";
    static final String PROPERTY = "opsledger.limits.max-page-size";
    static final String EVENT_PAGE_PROPERTY = "opsledger.limits.max-event-page-size";
    /** The connection type of the fields that page through stored events. */
    private static final String EVENT_CONNECTION = "AuditEventConnection";

    private final int maxPageSize;
    private final int maxEventPageSize;

    PageSizeLimit(@Value("${" + PROPERTY + ":100}") int maxPageSize,
                  @Value("${" + EVENT_PAGE_PROPERTY + ":500}") int maxEventPageSize) {
        this.maxPageSize = checked(PROPERTY, maxPageSize);
        this.maxEventPageSize = checked(EVENT_PAGE_PROPERTY, maxEventPageSize);
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        GraphQLFieldDefinition field = parameters.getExecutionStepInfo().getFieldDefinition();
        if (field.getArgument(ARGUMENT) == null) {
            return fetcher;
        }
        boolean events = EVENT_CONNECTION.equals(GraphQLTypeUtil.unwrapAll(field.getType()).getName());
        int maximum = events ? maxEventPageSize : maxPageSize;
        String property = events ? EVENT_PAGE_PROPERTY : PROPERTY;
        return environment -> {
            if (environment.getArgument(ARGUMENT) instanceof Integer first) {
                if (first < 1) {
                    throw violation("first: must be at least 1 (got %d)".formatted(first));
                }
                if (first > maximum) {
                    throw violation("first: must be between 1 and %d (got %d); %s sets the largest page %s serves"
                            .formatted(maximum, first, property, field.getName()));
                }
            }
            return fetcher.get(environment);
        };
    }

    private static RuleViolationException violation(String message) {
        return new RuleViolationException(LimitRule.PAGE_SIZE_OUT_OF_RANGE.name(), ARGUMENT, message);
    }

    /** A limit the read side could not serve stops the start rather than failing every large page. */
    private static int checked(String property, int value) {
        if (value < 1 || value > PageRequest.MAX_ROWS) {
            throw new IllegalStateException("%s must be between 1 and %d (got %d)"
                    .formatted(property, PageRequest.MAX_ROWS, value));
        }
        return value;
    }
}

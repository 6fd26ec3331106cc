package io.opsledger.api.security;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.reactivestreams.Publisher;
import org.springframework.graphql.execution.SubscriptionPublisherException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The GraphQL side of the model: before a root field of Query, Mutation or Subscription runs, the
 * caller's role must include the role {@link AccessPolicy} declares for it (an undeclared field
 * needs ADMIN). A refused field answers null with an UNAUTHENTICATED or FORBIDDEN error and never
 * reaches its controller, so it sends no command. A refused subscription is answered with a
 * graphql-ws {@code error} message, the protocol's answer to an operation that cannot start.
 */
@Component
class FieldAccess extends SimplePerformantInstrumentation {

    /** A refusal decided before execution (e.g. the rate limit over graphql-ws), applied to every root field. */
    static final String REFUSAL = FieldAccess.class.getName() + ".refusal";
    static final String SUBSCRIPTION_LIMIT = FieldAccess.class.getName() + ".subscriptionLimit";

    private final AccessPolicy policy;

    FieldAccess(AccessPolicy policy) {
        this.policy = policy;
    }

    record Refusal(AccessError error, String message) {
    }

    static Refusal refusal(AccessError error, String message) {
        return new Refusal(error, message);
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        GraphQLObjectType parent = parameters.getExecutionStepInfo().getObjectType();
        GraphQLSchema schema = parameters.getExecutionContext().getGraphQLSchema();
        if (parent != schema.getQueryType() && parent != schema.getMutationType()
                && parent != schema.getSubscriptionType()) {
            return fetcher;
        }
        String field = parameters.getExecutionStepInfo().getFieldDefinition().getName();
        Role required = policy.roleFor(parent.getName(), field).orElse(Role.ADMIN);
        boolean subscription = parent == schema.getSubscriptionType();
        return environment -> {
            GraphQLContext context = environment.getGraphQlContext();
            Caller caller = context.get(Caller.KEY);
            if (caller == null) {
                return refused(environment, subscription, AccessError.UNAUTHENTICATED,
                        "%s needs a token: send Authorization: Bearer <token>".formatted(field));
            }
            if (!caller.may(required)) {
                return refused(environment, subscription, AccessError.FORBIDDEN,
                        "%s needs the role %s; '%s' has the role %s".formatted(field, required, caller.name(),
                                caller.role()));
            }
            Refusal refusal = context.get(REFUSAL);
            if (refusal != null) {
                return refused(environment, subscription, refusal.error(), refusal.message());
            }
            return subscription ? counted(fetcher, environment, context) : fetcher.get(environment);
        };
    }

    /** Opens a subscription if the connection has room for one more, and gives the room back when it ends. */
    private static Object counted(DataFetcher<?> fetcher, DataFetchingEnvironment environment, GraphQLContext context)
            throws Exception {
        AtomicInteger open = context.get(CallerInterceptor.OPEN_SUBSCRIPTIONS);
        Integer limit = context.get(SUBSCRIPTION_LIMIT);
        if (open == null || limit == null) {
            return fetcher.get(environment);
        }
        if (open.incrementAndGet() > limit) {
            open.decrementAndGet();
            return refused(environment, true, AccessError.TOO_MANY_SUBSCRIPTIONS, ("this connection has %d "
                    + "subscriptions open, the most opsledger.limits.subscriptions-per-connection allows: "
                    + "complete one, or open another connection").formatted(limit));
        }
        Object result;
        try {
            result = fetcher.get(environment);
        } catch (Exception | Error failure) {
            open.decrementAndGet();
            throw failure;
        }
        if (result instanceof Publisher<?> publisher) {
            return Flux.from(publisher).doFinally(signal -> open.decrementAndGet());
        }
        open.decrementAndGet();
        return result;
    }

    private static Object refused(DataFetchingEnvironment environment, boolean subscription, AccessError error,
                                  String message) {
        GraphQLError graphQlError = GraphqlErrorBuilder.newError(environment).errorType(error).message(message).build();
        if (subscription) {
            return Flux.error(new SubscriptionPublisherException(List.of(graphQlError), null));
        }
        return DataFetcherResult.newResult().error(graphQlError).build();
    }
}

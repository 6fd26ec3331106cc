package io.opsledger.api.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import io.opsledger.kernel.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.ConversionException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Errors outside mutation payloads: bad arguments become BAD_REQUEST with a message that says how
 * to fix them; anything unexpected is logged with an id and reported by that id alone, never with
 * a stack trace.
 */
@Component
class UnexpectedErrorResolver extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorResolver.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable failure, DataFetchingEnvironment env) {
        GraphqlErrorBuilder<?> error = GraphqlErrorBuilder.newError(env);
        return switch (failure) {
            case RuleViolationException violation -> error.errorType(ErrorType.BAD_REQUEST)
                    .message(violation.getMessage())
                    .extensions(Map.of("rule", violation.rule(), "field", violation.field()))
                    .build();
            case BindException bind -> error.errorType(ErrorType.BAD_REQUEST)
                    .message(ClientMessages.clean(bindingMessage(bind, env))).build();
            case ConversionException conversion -> badRequest(error, conversion);
            case IllegalArgumentException illegal -> badRequest(error, illegal);
            default -> {
                Optional<String> blankId = BlankIds.firstIn(env);
                if (blankId.isPresent()) {
                    yield error.errorType(ErrorType.BAD_REQUEST).message("%s: '' is not an ID (IDs are UUIDs such as %s)"
                            .formatted(blankId.get(), "3f2a6c1e-9b1d-4c55-8a43-2f0c9e7d1b10"))
                            .extensions(Map.of("field", blankId.get())).build();
                }
                String incident = UUID.randomUUID().toString();
                log.error("Unexpected failure of {} (incident {})", env.getField().getName(), incident, failure);
                yield error.errorType(ErrorType.INTERNAL_ERROR)
                        .message("Internal error (incident " + incident + "); the server log has the details")
                        .build();
            }
        };
    }

    /** Names each rejected argument or input field, the value sent and the type expected. */
    private static String bindingMessage(BindException bind, DataFetchingEnvironment env) {
        return bind.getFieldErrors().stream().map(fieldError -> {
            String field = "$".equals(fieldError.getField())
                    ? env.getArguments().entrySet().stream()
                        .filter(argument -> String.valueOf(argument.getValue()).equals(String.valueOf(fieldError.getRejectedValue())))
                        .map(Map.Entry::getKey).findFirst().orElse("argument")
                    : fieldError.getField();
            boolean uuid = fieldError.getCodes() != null
                    && Arrays.stream(fieldError.getCodes()).anyMatch(code -> code.endsWith("UUID"));
            return "%s: '%s' is not %s".formatted(field, fieldError.getRejectedValue(),
                    uuid ? "an ID (IDs are UUIDs such as 3f2a6c1e-9b1d-4c55-8a43-2f0c9e7d1b10)" : "a valid value");
        }).reduce((first, second) -> first + "; " + second).orElse(bind.getMessage());
    }

    private static GraphQLError badRequest(GraphqlErrorBuilder<?> error, Throwable failure) {
        return error.errorType(ErrorType.BAD_REQUEST).message(ClientMessages.clean(badArgumentMessage(failure))).build();
    }

    private static String badArgumentMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return failure == root ? detail : failure.getMessage() + ": " + detail;
    }
}

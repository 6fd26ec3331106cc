package io.opsledger.api.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/** {@code DateTime} (ISO-8601 instant, UTC) and {@code Date} (YYYY-MM-DD). */
final class Scalars {

    static final GraphQLScalarType DATE_TIME = scalar("DateTime", "An instant in ISO-8601, e.g. 2026-11-21T09:30:00Z",
            Instant.class, Instant::parse);
    static final GraphQLScalarType DATE = scalar("Date", "A calendar date, YYYY-MM-DD", LocalDate.class, LocalDate::parse);

    private Scalars() {
    }

    private static <T> GraphQLScalarType scalar(String name, String description, Class<T> type, Function<String, T> parser) {
        return GraphQLScalarType.newScalar().name(name).description(description).coercing(new Coercing<T, String>() {
            @Override
            public String serialize(Object value, GraphQLContext context, Locale locale) {
                if (type.isInstance(value)) {
                    return value.toString();
                }
                throw new CoercingSerializeException(name + " cannot represent " + value);
            }

            @Override
            public T parseValue(Object input, GraphQLContext context, Locale locale) {
                return parse(String.valueOf(input), CoercingParseValueException::new);
            }

            @Override
            public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                if (input instanceof StringValue string) {
                    return parse(string.getValue(), CoercingParseLiteralException::new);
                }
                throw new CoercingParseLiteralException(name + " must be a string: " + description);
            }

            private T parse(String text, Function<String, RuntimeException> failure) {
                try {
                    return parser.apply(text);
                } catch (DateTimeParseException e) {
                    throw failure.apply("'" + text + "' is not a " + name + ": " + description);
                }
            }
        }).build();
    }
}

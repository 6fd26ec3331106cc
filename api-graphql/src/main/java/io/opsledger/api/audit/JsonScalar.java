package io.opsledger.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

import java.util.Locale;

/** The output-only {@code JSON} scalar: payloads and states are written as the JSON they are. */
@Configuration(proxyBeanMethods = false)
class JsonScalar {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final GraphQLScalarType SCALAR = GraphQLScalarType.newScalar().name("JSON")
            .description("Any JSON value").coercing(new Coercing<Object, Object>() {
                @Override
                public Object serialize(Object value, GraphQLContext context, Locale locale) {
                    return value instanceof JsonNode node ? JSON.convertValue(node, Object.class) : value;
                }

                @Override
                public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                    throw new CoercingParseValueException("JSON is an output type: no argument takes it");
                }

                @Override
                public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                           Locale locale) {
                    throw new CoercingParseLiteralException("JSON is an output type: no argument takes it");
                }
            }).build();

    @Bean
    RuntimeWiringConfigurer jsonScalarWiring() {
        return wiring -> wiring.scalar(SCALAR);
    }
}

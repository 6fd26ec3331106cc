package io.opsledger.api.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.Type;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.TypeInfo;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * graphql-java reports a variable of the wrong type as "Variable 'input' has an invalid value:
 * Expected a String input, but it was a 'Integer'", without saying where inside the variable.
 * This finds the first value that does not fit its declared input type and names its path
 * (e.g. {@code input.prerequisites[1]}) in the message and in the error's {@code field} extension.
 */
@Component
@Order(0)
class VariablePathInterceptor implements WebGraphQlInterceptor {

    private final ObjectProvider<GraphQlSource> graphQlSource;

    VariablePathInterceptor(ObjectProvider<GraphQlSource> graphQlSource) {
        this.graphQlSource = graphQlSource;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            if (response.getErrors().stream().noneMatch(VariablePathInterceptor::variableError)) {
                return response;
            }
            return response.transform(builder -> builder.errors(response.getErrors().stream()
                    .map(error -> variableError(error) ? locate(request, error) : toGraphQlError(error)).toList()));
        });
    }

    private static boolean variableError(ResponseError error) {
        return error.getMessage() != null && error.getMessage().startsWith("Variable '")
                && error.getParsedPath().isEmpty();
    }

    private GraphQLError locate(WebGraphQlRequest request, ResponseError error) {
        Optional<String> path = Optional.empty();
        try {
            Document document = Parser.parse(request.getDocument());
            GraphQLSchema schema = graphQlSource.getObject().schema();
            for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
                for (VariableDefinition variable : operation.getVariableDefinitions()) {
                    if (error.getMessage().startsWith("Variable '" + variable.getName() + "'")) {
                        GraphQLInputType type = inputType(schema, variable.getType());
                        path = firstMisfit(request.getVariables().get(variable.getName()), type, variable.getName());
                    }
                }
            }
        } catch (RuntimeException unreadable) {
            path = Optional.empty();
        }
        String message = ClientMessages.clean(error.getMessage());
        Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
        if (path.isPresent()) {
            message = message.replaceFirst("has an invalid value:", "has an invalid value at " + path.get() + ":");
            if (!message.contains(path.get())) {
                message = message + " (at " + path.get() + ")";
            }
            extensions.put("field", path.get());
        }
        return GraphqlErrorBuilder.newError().message(message).locations(error.getLocations())
                .extensions(extensions).errorType(graphql.ErrorType.ValidationError).build();
    }

    private static GraphQLError toGraphQlError(ResponseError error) {
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError().message(error.getMessage())
                .locations(error.getLocations()).extensions(error.getExtensions());
        if (!error.getParsedPath().isEmpty()) {
            builder.path(error.getParsedPath());
        }
        return builder.build();
    }

    private static GraphQLInputType inputType(GraphQLSchema schema, Type<?> type) {
        TypeInfo info = TypeInfo.typeInfo(type);
        GraphQLInputType named = (GraphQLInputType) schema.getType(info.getName());
        return (GraphQLInputType) info.decorate(named);
    }

    /** The path of the first value that does not fit {@code type}, if any. */
    private static Optional<String> firstMisfit(Object value, GraphQLInputType type, String path) {
        if (type instanceof GraphQLNonNull nonNull) {
            return value == null ? Optional.of(path) : firstMisfit(value, (GraphQLInputType) nonNull.getWrappedType(), path);
        }
        if (value == null) {
            return Optional.empty();
        }
        if (type instanceof GraphQLList list) {
            GraphQLInputType element = (GraphQLInputType) list.getWrappedType();
            if (!(value instanceof Collection<?> items)) {
                return firstMisfit(value, element, path);
            }
            int index = 0;
            for (Object item : items) {
                Optional<String> misfit = firstMisfit(item, element, path + "[" + index++ + "]");
                if (misfit.isPresent()) {
                    return misfit;
                }
            }
            return Optional.empty();
        }
        if (type instanceof GraphQLInputObjectType object) {
            if (!(value instanceof Map<?, ?> fields)) {
                return Optional.of(path);
            }
            for (Object name : fields.keySet()) {
                if (object.getField(String.valueOf(name)) == null) {
                    return Optional.of(path + "." + name);
                }
            }
            for (GraphQLInputObjectField field : object.getFields()) {
                Optional<String> misfit = firstMisfit(fields.get(field.getName()), field.getType(), path + "." + field.getName());
                if (misfit.isPresent()) {
                    return misfit;
                }
            }
            return Optional.empty();
        }
        if (type instanceof GraphQLEnumType enumType) {
            return enumType.getValue(String.valueOf(value).toUpperCase(Locale.ROOT)) != null && value instanceof String text
                    && enumType.getValue(text) != null ? Optional.empty() : Optional.of(path);
        }
        if (type instanceof GraphQLScalarType scalar) {
            try {
                scalar.getCoercing().parseValue(value, graphql.GraphQLContext.getDefault(), Locale.ROOT);
                return Optional.empty();
            } catch (RuntimeException misfit) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    static String typeName(GraphQLInputType type) {
        return GraphQLTypeUtil.simplePrint(type);
    }
}

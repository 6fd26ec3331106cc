package io.opsledger.api.graphql;

import graphql.Scalars;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLType;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds an {@code ID} argument (or input field) sent as a blank string. Spring binds a blank
 * string to a null UUID, so such a request used to fail deep inside as a missing id: it is the
 * client's malformed input, and is answered as such, naming the field.
 */
final class BlankIds {

    private BlankIds() {
    }

    static Optional<String> firstIn(DataFetchingEnvironment env) {
        for (GraphQLArgument argument : env.getFieldDefinition().getArguments()) {
            Optional<String> blank = blank(env.getArguments().get(argument.getName()), argument.getType(), argument.getName());
            if (blank.isPresent()) {
                return blank;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> blank(Object value, GraphQLType type, String path) {
        GraphQLType unwrapped = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        if (value == null) {
            return Optional.empty();
        }
        if (unwrapped == Scalars.GraphQLID) {
            return value instanceof String text && text.isBlank() ? Optional.of(path) : Optional.empty();
        }
        if (unwrapped instanceof GraphQLList list && value instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                Optional<String> blank = blank(items.get(i), list.getWrappedType(), path + "[" + i + "]");
                if (blank.isPresent()) {
                    return blank;
                }
            }
        }
        if (unwrapped instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fields) {
            for (GraphQLInputObjectField field : object.getFields()) {
                Optional<String> blank = blank(fields.get(field.getName()), (GraphQLInputType) field.getType(),
                        path + "." + field.getName());
                if (blank.isPresent()) {
                    return blank;
                }
            }
        }
        return Optional.empty();
    }
}

package io.opsledger.api.graphql;

import java.util.List;

/**
 * An expected failure of a mutation, returned in its payload. The GraphQL type is the Java class's
 * simple name ({@code ValidationError}, {@code NotFoundError}).
 */
public sealed interface UserError permits UserError.ValidationError, UserError.StaleError, UserError.NotFoundError,
        UserError.ConflictError {

    ErrorCode code();

    String message();

    enum ErrorCode { VALIDATION, CONFLICT, NOT_FOUND, FORBIDDEN }

    /** The input broke a named rule; {@code field} is the input field it concerns. */
    record ValidationError(String message, String rule, String field, List<String> path) implements UserError {
        @Override
        public ErrorCode code() {
            return ErrorCode.VALIDATION;
        }
    }

    /** The input was prepared from a state that has moved on since: read again and retry. */
    record StaleError(String message, String rule, String field, List<String> path) implements UserError {
        @Override
        public ErrorCode code() {
            return ErrorCode.CONFLICT;
        }
    }

    /**
     * A change met a field that moved on since its base revision; {@code resolution} is null
     * while the conflict is open, else how the strategy settled it.
     */
    record ConflictError(String message, List<String> path, String conflictId, String conflictType, String strategy,
                         String field, String entityId, String base, String current, String incoming,
                         String resolution) implements UserError {
        @Override
        public ErrorCode code() {
            return ErrorCode.CONFLICT;
        }
    }

    /** The entity the mutation addresses does not exist. */
    record NotFoundError(String message, String entity, String id, List<String> path) implements UserError {
        @Override
        public ErrorCode code() {
            return ErrorCode.NOT_FOUND;
        }
    }
}

package io.opsledger.api.graphql;

import io.opsledger.api.graphql.UserError.NotFoundError;
import io.opsledger.api.graphql.UserError.StaleError;
import io.opsledger.api.graphql.UserError.ValidationError;
import io.opsledger.kernel.CommonRule;
import io.opsledger.kernel.Rejection;
import io.opsledger.kernel.RuleViolationException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the expected failures of a command into the typed errors of a mutation payload.
 * Anything else is unexpected and left to {@link UnexpectedErrorResolver}.
 */
public final class UserErrors {

    /** Rules named {@code <ENTITY>_NOT_FOUND} (TASK_NOT_FOUND, CONFLICT_NOT_FOUND, ...) say an id names nothing. */
    private static final String NOT_FOUND_SUFFIX = "_NOT_FOUND";

    private UserErrors() {
    }

    /**
     * @param entity the GraphQL type the mutation addresses, e.g. {@code Plan}
     * @param id     the id of that entity as the client sent it
     */
    public static Optional<UserError> from(Throwable failure, String entity, String id) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Optional<UserError> error = single(cause, entity, id);
            if (error.isPresent()) {
                return error;
            }
        }
        return Optional.empty();
    }

    private static Optional<UserError> single(Throwable failure, String entity, String id) {
        return switch (failure) {
            case RuleViolationException violation -> Optional.of(validation(violation.toRejection(), id));
            case CommandExecutionException remote when remote.getDetails().orElse(null) instanceof Rejection rejection ->
                    Optional.of(validation(rejection, id));
            case AggregateNotFoundException notFound -> Optional.of(new NotFoundError(
                    "%s %s does not exist".formatted(entity, id), entity, id, List.of("input", "id")));
            case AggregateStreamCreationException duplicate -> Optional.of(validation(CommonRule.ID_ALREADY_USED
                    .violated("%s %s already exists; choose another id or leave it out", entity, id).toRejection(), id));
            case ConcurrencyException concurrent -> Optional.of(validation(CommonRule.CONCURRENT_MODIFICATION
                    .violated("%s %s was changed by another request at the same moment; read it again and retry",
                            entity, id).toRejection(), id));
            default -> Optional.empty();
        };
    }

    private static UserError validation(Rejection rejection, String id) {
        List<String> path = rejection.field() == null ? List.of("input") : List.of("input", rejection.field());
        if (rejection.rule().endsWith(NOT_FOUND_SUFFIX)) {
            return notFound(rejection, path, id);
        }
        return rejection.staleInput()
                ? new StaleError(rejection.message(), rejection.rule(), rejection.field(), path)
                : new ValidationError(rejection.message(), rejection.rule(), rejection.field(), path);
    }

    /**
     * An id that names nothing is NOT_FOUND, whichever aggregate noticed it. The entity is the
     * rule's prefix (CONFLICT_NOT_FOUND: Conflict) and the id the value the message quotes after
     * that word, as every such rule's message does ("plan P has no conflict C").
     */
    private static UserError notFound(Rejection rejection, List<String> path, String fallbackId) {
        String word = rejection.rule().substring(0, rejection.rule().length() - NOT_FOUND_SUFFIX.length())
                .toLowerCase(Locale.ROOT);
        Matcher quoted = Pattern.compile("\\b" + Pattern.quote(word) + "s?\\s+\\[?'?([^\\s',\\]]+)")
                .matcher(rejection.message() == null ? "" : rejection.message());
        String id = quoted.find() ? quoted.group(1) : fallbackId == null ? "" : fallbackId;
        String entity = Character.toUpperCase(word.charAt(0)) + word.substring(1).replace('_', ' ');
        return new NotFoundError(rejection.message(), entity, id, path);
    }
}

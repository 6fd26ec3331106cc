package io.opsledger.api.eventstore;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Recognises a unique-key violation by its SQLSTATE (23505 on PostgreSQL and H2 alike), however
 * deeply the driver wrapped it. Axon's default resolver compares vendor error codes, which
 * PostgreSQL leaves at 0 inside a batch, so a second create with a taken id or a concurrent
 * append would surface as an unexplained store failure instead of a named rejection.
 */
class UniqueViolationResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}

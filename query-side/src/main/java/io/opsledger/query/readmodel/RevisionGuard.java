package io.opsledger.query.readmodel;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.UUID;

/**
 * Moves an entity's stored revision forward to an event's sequence number. The answer says
 * whether the event is new to the read model: false when it was applied already (or the entity is
 * unknown to it), and the projection then writes nothing.
 */
public final class RevisionGuard {

    private RevisionGuard() {
    }

    /**
     * @param table    the projection's table holding {@code revision} and {@code updated_at}
     * @param idColumn its key column; both names are constants of the projection, never input
     */
    public static boolean claim(JdbcClient jdbc, String table, String idColumn, UUID id, long sequence, Instant at) {
        return jdbc.sql("UPDATE " + table + " SET revision = :revision, updated_at = :at"
                        + " WHERE " + idColumn + " = :id AND revision < :revision")
                .param("revision", sequence)
                .param("at", ReadModelTime.of(at))
                .param("id", id)
                .update() == 1;
    }
}

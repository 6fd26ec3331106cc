package io.opsledger.query.paging;

import io.opsledger.query.readmodel.ReadModelTime;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of a list ordered by a time column and then an id column (the order a
 * {@link KeysetCursor} marks a place in): the caller's filters, the rows after the cursor, and one
 * row more than asked, which tells whether more follow.
 */
public final class KeysetPageQuery {

    private final String select;
    private final String timeColumn;
    private final String idColumn;
    private final boolean newestFirst;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    private KeysetPageQuery(String select, String timeColumn, String idColumn, boolean newestFirst) {
        this.select = select;
        this.timeColumn = timeColumn;
        this.idColumn = idColumn;
        this.newestFirst = newestFirst;
    }

    /**
     * @param select     {@code SELECT ... FROM table}, without a WHERE clause
     * @param timeColumn and {@code idColumn}: the ordering; both are constants of the caller, never input
     */
    public static KeysetPageQuery oldestFirst(String select, String timeColumn, String idColumn) {
        return new KeysetPageQuery(select, timeColumn, idColumn, false);
    }

    /** As {@link #oldestFirst}, in the other direction. */
    public static KeysetPageQuery newestFirst(String select, String timeColumn, String idColumn) {
        return new KeysetPageQuery(select, timeColumn, idColumn, true);
    }

    /** Keeps the rows matching {@code condition}, whose named parameter {@code name} is {@code value}. */
    public KeysetPageQuery where(String condition, String name, Object value) {
        conditions.add(condition);
        params.put(name, value);
        return this;
    }

    /** At most {@code first} rows after the cursor (from the start when it is null). */
    public <T> Page<T> fetch(JdbcClient jdbc, int first, KeysetCursor after, RowMapper<T> rows) {
        List<String> where = new ArrayList<>(conditions);
        Map<String, Object> values = new LinkedHashMap<>(params);
        if (after != null) {
            where.add("(%1$s %3$s :afterAt OR (%1$s = :afterAt AND %2$s %3$s :afterId))"
                    .formatted(timeColumn, idColumn, newestFirst ? "<" : ">"));
            values.put("afterAt", ReadModelTime.of(after.at()));
            values.put("afterId", after.id());
        }
        String direction = newestFirst ? " DESC" : "";
        String sql = select + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + timeColumn + direction + ", " + idColumn + direction + " LIMIT :limit";
        values.put("limit", first + 1);
        List<T> found = jdbc.sql(sql).params(values).query(rows).list();
        return new Page<>(found.stream().limit(first).toList(), found.size() > first);
    }

    /** The rows of one page, and whether more follow it. */
    public record Page<T>(List<T> rows, boolean hasNext) {
    }
}

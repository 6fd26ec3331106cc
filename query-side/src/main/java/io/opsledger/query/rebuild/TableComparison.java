package io.opsledger.query.rebuild;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Compares each table of a read model with its freshly replayed copy, row by row (SQL EXCEPT both ways). */
final class TableComparison {

    private static final int SHOWN_PER_SIDE = 5;

    private TableComparison() {
    }

    static RebuildTarget.Comparison compare(JdbcClient jdbc, RebuildableReadModel readModel, ShadowSchema replay) {
        long differing = 0;
        List<String> differences = new ArrayList<>();
        for (String table : readModel.tables()) {
            differing += side(jdbc, table, table, replay.table(table), "only in the read model", differences);
            differing += side(jdbc, table, replay.table(table), table, "only in the replay", differences);
        }
        return new RebuildTarget.Comparison(differing, differences);
    }

    private static long side(JdbcClient jdbc, String table, String from, String minus, String label,
                             List<String> differences) {
        String rows = "SELECT * FROM " + from + " EXCEPT SELECT * FROM " + minus;
        long count = jdbc.sql("SELECT COUNT(*) FROM (" + rows + ") d").query(Long.class).single();
        if (count > 0) {
            List<Map<String, Object>> sample = jdbc.sql(rows).query().listOfRows().stream().limit(SHOWN_PER_SIDE).toList();
            sample.forEach(row -> differences.add(table + " " + label + ": " + row));
            if (count > sample.size()) {
                differences.add(table + " " + label + ": … " + (count - sample.size()) + " more");
            }
        }
        return count;
    }
}

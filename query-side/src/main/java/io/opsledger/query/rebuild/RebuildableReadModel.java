package io.opsledger.query.rebuild;

import java.util.List;

/**
 * A processing group whose whole output is the listed tables, so that it can be rebuilt aside and
 * swapped in. Declared as a bean next to the catalog; a new projection adds one.
 */
public record RebuildableReadModel(String processingGroup, List<String> tables) {

    public RebuildableReadModel {
        tables = List.copyOf(tables);
        for (String table : tables) {
            if (!table.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("table name " + table + " is not a plain lower-case identifier");
            }
        }
    }
}

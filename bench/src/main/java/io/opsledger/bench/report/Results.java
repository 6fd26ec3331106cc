package io.opsledger.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every figure of one run, in the order measured. Baselines are figures too (rows of section
 * "baseline") and can be named by later rows through their key.
 */
public final class Results {

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Row.Baseline> baselines = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    /** Records a baseline figure under {@code key} and as a row of its own. */
    public synchronized void baseline(String key, String scenario, String figure, double value, String unit) {
        baseline(key, scenario, "postgres (raw JDBC)", figure, value, unit);
    }

    /** A baseline measured on a server of the given profile (e.g. its idle memory). */
    public synchronized void baseline(String key, String scenario, String profile, String figure, double value,
                                      String unit) {
        baselines.put(key, new Row.Baseline(key, scenario + ", " + figure, value, unit));
        rows.add(new Row("baseline", scenario, profile, figure, value, unit, null, null));
        print(rows.getLast());
    }

    /** Records a figure compared with the baseline named {@code baselineKey} (null for none). */
    public synchronized void figure(String section, String scenario, String profile, String figure, double value,
                                    String unit, String baselineKey, Target target) {
        Row.Baseline baseline = baselineKey == null ? null : baselines.get(baselineKey);
        rows.add(new Row(section, scenario, profile, figure, value, unit, baseline, target));
        print(rows.getLast());
    }

    /** A remark printed under the table (errors seen, what a figure includes). */
    public synchronized void note(String note) {
        notes.add(note);
        System.out.println("  note: " + note);
    }

    public synchronized List<Row> rows() {
        return List.copyOf(rows);
    }

    public synchronized List<String> notes() {
        return List.copyOf(notes);
    }

    private static void print(Row row) {
        System.out.printf("  %-44s %-10s %-14s %12s%s%n", row.scenario(), row.profile().split(" ")[0], row.figure(),
                Table.number(row.value()) + " " + row.unit(),
                row.ratio() == null ? "" : "   " + Table.ratio(row.ratio()) + " of " + row.baseline().label());
    }
}

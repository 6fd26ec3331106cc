package io.opsledger.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The results as an aligned text table (stdout), a Markdown file and a CSV file. */
public final class Table {

    private static final List<String> HEADER =
            List.of("scenario", "profile", "figure", "value", "same-run baseline", "baseline", "ratio", "target", "met");

    private Table() {
    }

    public static String text(Results results) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(HEADER);
        results.rows().forEach(row -> lines.add(cells(row)));
        int[] widths = new int[HEADER.size()];
        lines.forEach(line -> {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        });
        StringBuilder out = new StringBuilder();
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                out.append(String.format(Locale.ROOT, i == 3 || i == 5 || i == 6 ? "%" + widths[i] + "s  " : "%-" + widths[i] + "s  ",
                        line.get(i)));
            }
            out.append('\n');
        }
        results.notes().forEach(note -> out.append("note: ").append(note).append('\n'));
        return out.toString();
    }

    public static String markdown(Results results, Map<String, String> header) {
        StringBuilder out = new StringBuilder("# Opsledger benchmark results\n\n");
        header.forEach((key, value) -> out.append("- ").append(key).append(": ").append(value).append('\n'));
        out.append("\n| ").append(String.join(" | ", HEADER)).append(" |\n|");
        HEADER.forEach(h -> out.append("---|"));
        out.append('\n');
        results.rows().forEach(row -> out.append("| ").append(String.join(" | ", cells(row))).append(" |\n"));
        if (!results.notes().isEmpty()) {
            out.append('\n');
            results.notes().forEach(note -> out.append("- ").append(note).append('\n'));
        }
        return out.toString();
    }

    public static void write(Results results, Map<String, String> header, Path markdown, Path csv) throws IOException {
        Files.createDirectories(markdown.getParent());
        Files.writeString(markdown, markdown(results, header));
        StringBuilder out = new StringBuilder("section,scenario,profile,figure,value,unit,baseline,baseline_value,ratio,target,met\n");
        for (Row row : results.rows()) {
            out.append(String.join(",", csv(row.section()), csv(row.scenario()), csv(row.profile()), csv(row.figure()),
                    Double.toString(row.value()), csv(row.unit()),
                    row.baseline() == null ? "" : csv(row.baseline().label()),
                    row.baseline() == null ? "" : Double.toString(row.baseline().value()),
                    row.ratio() == null ? "" : String.format(Locale.ROOT, "%.4f", row.ratio()),
                    row.target() == null ? "" : csv(row.target().text()), row.met())).append('\n');
        }
        Files.writeString(csv, out.toString());
    }

    private static List<String> cells(Row row) {
        return List.of(row.scenario(), row.profile(), row.figure(), number(row.value()) + " " + row.unit(),
                row.baseline() == null ? "" : row.baseline().label(),
                row.baseline() == null ? "" : number(row.baseline().value()) + " " + row.baseline().unit(),
                row.ratio() == null ? "" : ratio(row.ratio()),
                row.target() == null ? "" : row.target().text(), row.met());
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (value == Math.rint(value) || Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
    }

    static String ratio(double ratio) {
        return String.format(Locale.ROOT, ratio >= 10 ? "%.0f×" : ratio >= 1 ? "%.1f×" : "%.2f×", ratio);
    }

    private static String csv(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}

package io.opsledger.kernel.plan.markdown;

import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.markdown.MarkdownLine.IdentityLine;
import io.opsledger.kernel.plan.markdown.MarkdownLine.MetaLine;
import io.opsledger.kernel.plan.markdown.MarkdownLine.PhaseHeading;
import io.opsledger.kernel.plan.markdown.MarkdownLine.PhaseProgressLine;
import io.opsledger.kernel.plan.markdown.MarkdownLine.RawLine;
import io.opsledger.kernel.plan.markdown.MarkdownLine.TaskLine;
import io.opsledger.kernel.plan.markdown.MarkdownLine.TitleLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads and writes plan files in the seed's format. {@link #parse} never throws on content: what
 * it cannot read it keeps as text and reports in {@link PlanDocument#warnings()}.
 */
public final class PlanMarkdown {

    /** The words the seed puts before the version in a plan's title line. */
    public static final String TITLE_PREFIX = "Plan de développement";

    private static final String EOL = "\n";
    private static final Pattern PLAN_VERSION = Pattern.compile("v\\d+");
    private static final Pattern VERSION_LABEL = Pattern.compile("[\\p{L}\\p{N}._]+");
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029]+");

    private PlanMarkdown() {
    }

    /** A phase to render: its tasks in order, each with its nesting depth (0 for top level). */
    public record PhaseOutline(int number, String title, List<TaskOutline> tasks) {

        public PhaseOutline {
            Objects.requireNonNull(title, "phase title");
            if (number < 0) {
                throw new IllegalArgumentException("a phase number is not negative: " + number);
            }
            tasks = List.copyOf(tasks);
        }
    }

    public record TaskOutline(String description, boolean done, int depth) {

        public TaskOutline {
            Objects.requireNonNull(description, "task description");
        }
    }

    public static PlanDocument parse(String markdown) {
        return MarkdownParser.parse(Objects.requireNonNull(markdown, "markdown"));
    }

    /** The document as text, with every progress figure recomputed from the checkboxes. */
    public static String write(PlanDocument document) {
        return writeExact(document.withRecomputedProgress());
    }

    /** The document as text, progress figures as they stand: {@code writeExact(parse(x))} is {@code x}. */
    public static String writeExact(PlanDocument document) {
        StringBuilder out = new StringBuilder();
        if (document.byteOrderMark()) {
            out.append('\uFEFF');
        }
        for (MarkdownLine line : document.lines()) {
            out.append(line.text()).append(line.eol());
        }
        return out.toString();
    }

    /**
     * The canonical file for a plan that has no layout of its own yet. Text is put on one line and
     * trimmed, and a task nested deeper than one level below the task before it is brought up to
     * that level, because the file could not express anything else and would read back differently.
     *
     * @param date    as it should appear, typically {@code YYYY-MM-DD}; empty to leave it out
     * @param planId  the plan the file stands for; null writes no identity comment
     */
    public static String render(String title, String version, String versionLabel, String date, PlanId planId,
                                long revision, List<PhaseOutline> phases) {
        return write(layout(title, version, versionLabel, date, planId, revision, phases));
    }

    /** What {@link #render} writes, as a document, for callers that go on to edit it line by line. */
    public static PlanDocument layout(String title, String version, String versionLabel, String date, PlanId planId,
                                      long revision, List<PhaseOutline> phases) {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(versionLabel, "versionLabel");
        if (!PLAN_VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("a plan version is v followed by digits: " + version);
        }
        if (!VERSION_LABEL.matcher(versionLabel).matches()) {
            throw new IllegalArgumentException("a version label is letters, digits, dots and underscores: " + versionLabel);
        }
        if (revision < 0) {
            throw new IllegalArgumentException("a revision is not negative: " + revision);
        }
        String planTitle = oneLine(Objects.requireNonNull(title, "title"));
        String planDate = oneLine(Objects.requireNonNull(date, "date"));

        List<MarkdownLine> lines = new ArrayList<>();
        lines.add(new TitleLine("# ", TITLE_PREFIX, " ", version, planTitle.isEmpty() ? "" : " - ", planTitle, "", EOL));
        if (planId != null) {
            lines.add(new IdentityLine("<!-- opsledger plan=", planId.toString(), " revision=", Long.toString(revision),
                    " -->", EOL));
        }
        lines.add(new MetaLine("**Version ", versionLabel, planDate.isEmpty() ? "" : " - ", planDate,
                " - Progression: ", "0", "%", "**", EOL));
        for (PhaseOutline phase : phases) {
            String phaseTitle = oneLine(phase.title());
            lines.add(blank());
            lines.add(new PhaseHeading("## Phase ", Integer.toString(phase.number()), phaseTitle.isEmpty() ? "" : ": ",
                    phaseTitle, "", EOL));
            lines.add(new PhaseProgressLine("**Progression: ", "0", "%**", EOL));
            if (!phase.tasks().isEmpty()) {
                lines.add(blank());
            }
            int previousDepth = -1;
            for (TaskOutline task : phase.tasks()) {
                int depth = Math.max(0, Math.min(task.depth(), previousDepth + 1));
                String description = oneLine(task.description());
                lines.add(new TaskLine("  ".repeat(depth), '-', " ", task.done() ? 'x' : ' ',
                        description.isEmpty() ? "" : " ", description, "", EOL));
                previousDepth = depth;
            }
        }
        return new PlanDocument(false, lines, List.of()).withRecomputedProgress();
    }

    private static RawLine blank() {
        return new RawLine("", EOL);
    }

    private static String oneLine(String text) {
        return LINE_BREAKS.matcher(text).replaceAll(" ").strip();
    }
}

package io.opsledger.kernel.plan.markdown;

import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.PlanProgress;
import io.opsledger.kernel.plan.markdown.MarkdownLine.IdentityLine;
import io.opsledger.kernel.plan.markdown.MarkdownLine.MetaLine;
import io.opsledger.kernel.plan.markdown.MarkdownLine.PhaseHeading;
import io.opsledger.kernel.plan.markdown.MarkdownLine.PhaseProgressLine;
import io.opsledger.kernel.plan.markdown.MarkdownLine.RawLine;
import io.opsledger.kernel.plan.markdown.MarkdownLine.SubsectionHeading;
import io.opsledger.kernel.plan.markdown.MarkdownLine.TaskLine;
import io.opsledger.kernel.plan.markdown.MarkdownLine.TitleLine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A plan file as lines. The lines are the whole truth: the accessors read the plan out of them,
 * so a document changed line by line never disagrees with itself. A task, a progress line or a
 * subsection belongs to the nearest phase heading above it; the parser only produces such lines
 * where that holds.
 *
 * @param byteOrderMark whether the file began with U+FEFF, which is not part of the first line
 * @param warnings      what the parser could not read, in line order
 */
public record PlanDocument(boolean byteOrderMark, List<MarkdownLine> lines, List<ParseWarning> warnings) {

    public PlanDocument {
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
    }

    /** A phase as the file states it; {@code statedProgress} is the figure written under its heading, if any. */
    public record Phase(int number, String title, List<String> subsections, List<Task> tasks,
                        OptionalDouble statedProgress) {

        public Phase {
            subsections = List.copyOf(subsections);
            tasks = List.copyOf(tasks);
        }

        /** What the checkboxes say, every nested task included. */
        public double progress() {
            int done = (int) tasks.stream().filter(Task::done).count();
            return PlanProgress.ofPhase(done, tasks.size());
        }
    }

    /**
     * A task line of a phase. {@code depth} is 0 for a top-level task and grows by one per nesting
     * level, whatever indentation the author used; {@code lineNumber} counts from 1.
     */
    public record Task(int lineNumber, int depth, boolean done, String description) {
    }

    public Optional<TitleLine> titleLine() {
        return first(TitleLine.class);
    }

    public Optional<String> title() {
        return titleLine().map(TitleLine::title);
    }

    /** The plan version of the title line, e.g. {@code v55}. */
    public Optional<String> version() {
        return titleLine().map(TitleLine::version);
    }

    public Optional<MetaLine> metaLine() {
        return first(MetaLine.class);
    }

    /** The {@code X.Y} of the version line. */
    public Optional<String> versionLabel() {
        return metaLine().map(MetaLine::versionLabel);
    }

    public Optional<String> date() {
        return metaLine().map(MetaLine::date).filter(date -> !date.isEmpty());
    }

    /** The plan progress written in the version line, which may be stale. */
    public OptionalDouble statedProgress() {
        return metaLine().filter(MetaLine::hasProgress)
                .map(meta -> OptionalDouble.of(ProgressFigure.parse(meta.progress())))
                .orElse(OptionalDouble.empty());
    }

    /** The plan progress the checkboxes give: the mean of the phases' progress. */
    public double progress() {
        return PlanProgress.ofPlan(phases().stream().map(Phase::progress).toList());
    }

    /** Present only in files the exporter wrote. */
    public Optional<PlanId> planId() {
        return first(IdentityLine.class).map(IdentityLine::planId);
    }

    /** The plan revision the file was exported at; present only in files the exporter wrote. */
    public OptionalLong revision() {
        return first(IdentityLine.class).map(identity -> OptionalLong.of(identity.revision())).orElse(OptionalLong.empty());
    }

    /** In document order, which need not be the order of their numbers. */
    public List<Phase> phases() {
        return sections().stream().map(section -> section.toPhase(lines)).toList();
    }

    public List<RawLine> unknownLines() {
        return lines.stream().filter(RawLine.class::isInstance).map(RawLine.class::cast).toList();
    }

    /**
     * The same document with every stated progress figure replaced by what the checkboxes give.
     * Figures that are absent stay absent: adding lines is the exporter's decision, not this one's.
     */
    public PlanDocument withRecomputedProgress() {
        List<MarkdownLine> recomputed = new ArrayList<>(lines);
        List<Section> sections = sections();
        List<Double> phaseProgress = new ArrayList<>();
        for (Section section : sections) {
            double progress = section.toPhase(lines).progress();
            phaseProgress.add(progress);
            if (section.progressLine >= 0) {
                PhaseProgressLine line = (PhaseProgressLine) lines.get(section.progressLine);
                recomputed.set(section.progressLine, line.withProgress(ProgressFigure.format(progress)));
            }
        }
        String planFigure = ProgressFigure.format(PlanProgress.ofPlan(phaseProgress));
        for (int i = 0; i < recomputed.size(); i++) {
            if (recomputed.get(i) instanceof MetaLine meta) {
                recomputed.set(i, meta.withProgress(planFigure));
            }
        }
        return new PlanDocument(byteOrderMark, recomputed, warnings);
    }

    /** The warnings are kept: they describe the file that was read, not the lines that replace it. */
    public PlanDocument withLines(List<MarkdownLine> newLines) {
        return new PlanDocument(byteOrderMark, newLines, warnings);
    }

    private <T extends MarkdownLine> Optional<T> first(Class<T> kind) {
        return lines.stream().filter(kind::isInstance).map(kind::cast).findFirst();
    }

    private List<Section> sections() {
        List<Section> sections = new ArrayList<>();
        Section current = null;
        for (int i = 0; i < lines.size(); i++) {
            MarkdownLine line = lines.get(i);
            if (line instanceof PhaseHeading) {
                current = new Section(i);
                sections.add(current);
            } else if (current != null) {
                current.take(line, i);
            }
        }
        return sections;
    }

    /** Indexes into {@link #lines} of one phase's heading, progress line, subsections and tasks. */
    private static final class Section {
        private final int heading;
        private int progressLine = -1;
        private final List<Integer> members = new ArrayList<>();

        private Section(int heading) {
            this.heading = heading;
        }

        private void take(MarkdownLine line, int index) {
            if (line instanceof PhaseProgressLine && progressLine < 0) {
                progressLine = index;
            } else if (line instanceof TaskLine || line instanceof SubsectionHeading) {
                members.add(index);
            }
        }

        private Phase toPhase(List<MarkdownLine> lines) {
            PhaseHeading phaseHeading = (PhaseHeading) lines.get(heading);
            List<String> subsections = new ArrayList<>();
            List<Task> tasks = new ArrayList<>();
            // A list's levels are known only from the indents seen so far in it, so depth is found
            // with a stack of open indents rather than by dividing the indent by a fixed width.
            Deque<Integer> openIndents = new ArrayDeque<>();
            for (int index : members) {
                MarkdownLine line = lines.get(index);
                if (line instanceof SubsectionHeading subsection) {
                    subsections.add(subsection.title());
                    openIndents.clear();
                } else if (line instanceof TaskLine task) {
                    int column = columns(task.indent());
                    while (!openIndents.isEmpty() && openIndents.peek() > column) {
                        openIndents.pop();
                    }
                    if (openIndents.isEmpty() || openIndents.peek() < column) {
                        openIndents.push(column);
                    }
                    tasks.add(new Task(index + 1, openIndents.size() - 1, task.done(), task.description()));
                }
            }
            OptionalDouble stated = progressLine < 0
                    ? OptionalDouble.empty()
                    : OptionalDouble.of(ProgressFigure.parse(((PhaseProgressLine) lines.get(progressLine)).progress()));
            return new Phase(phaseHeading.number(), phaseHeading.title(), subsections, tasks, stated);
        }

        /** Tabs advance to the next multiple of four, as CommonMark counts them. */
        private static int columns(String indent) {
            int column = 0;
            for (int i = 0; i < indent.length(); i++) {
                column = indent.charAt(i) == '\t' ? column + 4 - column % 4 : column + 1;
            }
            return column;
        }
    }
}

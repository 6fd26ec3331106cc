package io.opsledger.kernel.plan.markdown;

import io.opsledger.kernel.plan.PhaseId;
import io.opsledger.kernel.plan.TaskId;
import io.opsledger.kernel.plan.markdown.MarkdownLine.IdentityLine;
import io.opsledger.kernel.plan.markdown.MarkdownLine.PhaseHeading;
import io.opsledger.kernel.plan.markdown.MarkdownLine.TaskLine;
import io.opsledger.kernel.plan.markdown.MarkdownLine.TitleLine;
import io.opsledger.kernel.plan.markdown.PlanMarkdown.PhaseOutline;
import io.opsledger.kernel.plan.markdown.PlanMarkdown.TaskOutline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a plan as Markdown. A plan that was imported is written through its {@link PlanLayout}:
 * every line of the imported file stays, with the plan's current title, version, phase titles,
 * task descriptions and checkboxes put in; tasks and phases the file did not have are appended
 * where they belong; those removed since are left out. A plan never imported gets the canonical
 * file. Either way the identity comment names the plan and the revision written, so that an
 * edited copy can be imported back with a three-way comparison.
 */
public final class PlanMarkdownExport {

    /** The version label written in files of plans that were never imported. */
    public static final String DEFAULT_VERSION_LABEL = "1.0";

    private static final String IDENTITY_HEAD = "<!-- opsledger plan=";

    private PlanMarkdownExport() {
    }

    public static String export(PlanSnapshot plan, PlanLayout layout) {
        if (layout == null) {
            return PlanMarkdown.render(plan.title(), plan.version(), DEFAULT_VERSION_LABEL, plan.date(), plan.planId(),
                    plan.revision(), plan.phases().stream().map(PlanMarkdownExport::outline).toList());
        }
        return PlanMarkdown.write(throughLayout(plan, layout));
    }

    private static PlanDocument throughLayout(PlanSnapshot plan, PlanLayout layout) {
        PlanDocument document = PlanMarkdown.parse(layout.markdown());
        Map<PhaseId, PlanSnapshot.Phase> phases = new LinkedHashMap<>();
        Map<TaskId, PhaseId> phaseOfTask = new LinkedHashMap<>();
        Map<TaskId, PlanSnapshot.Task> tasks = new LinkedHashMap<>();
        for (PlanSnapshot.Phase phase : plan.phases()) {
            phases.put(phase.id(), phase);
            for (PlanSnapshot.Task task : phase.tasks()) {
                tasks.put(task.id(), task);
                phaseOfTask.put(task.id(), phase.id());
            }
        }

        List<MarkdownLine> out = new ArrayList<>();
        Set<TaskId> written = new HashSet<>();
        Set<PhaseId> writtenPhases = new HashSet<>();
        boolean identityWritten = false;
        int phaseIndex = -1;
        int taskIndex = -1;
        PlanSnapshot.Phase section = null;
        boolean skippingSection = false;
        int lastTaskLineOfSection = -1;
        String sectionIndent = "";
        String eol = "\n";

        for (MarkdownLine line : document.lines()) {
            eol = line.eol().isEmpty() ? eol : line.eol();
            switch (line) {
                case TitleLine title -> {
                    out.add(new TitleLine(title.lead(), title.prefix(), title.gap(), plan.version(),
                            title.separator().isEmpty() && !plan.title().isEmpty() ? " - " : title.separator(),
                            plan.title(), title.trailing(), title.eol()));
                    if (!identityWritten) {
                        out.add(identity(plan, title.eol().isEmpty() ? "\n" : title.eol()));
                        identityWritten = true;
                    }
                    continue;
                }
                case IdentityLine ignored -> {
                    // rewritten right after the title line
                    continue;
                }
                case PhaseHeading heading -> {
                    closeSection(out, section, lastTaskLineOfSection, sectionIndent, written, eol);
                    phaseIndex++;
                    PhaseId phaseId = phaseIndex < layout.phaseIds().size() ? layout.phaseIds().get(phaseIndex) : null;
                    section = phaseId == null ? null : phases.get(phaseId);
                    skippingSection = section == null;
                    lastTaskLineOfSection = -1;
                    sectionIndent = "";
                    if (section != null) {
                        writtenPhases.add(section.id());
                        out.add(new PhaseHeading(heading.head(), Integer.toString(section.number()),
                                heading.separator().isEmpty() && !section.title().isEmpty() ? ": " : heading.separator(),
                                section.title(), heading.trailing(), heading.eol()));
                    }
                    continue;
                }
                case TaskLine task -> {
                    taskIndex++;
                    TaskId taskId = taskIndex < layout.taskIds().size() ? layout.taskIds().get(taskIndex) : null;
                    PlanSnapshot.Task current = taskId == null ? null : tasks.get(taskId);
                    boolean stillHere = current != null && section != null && section.id().equals(phaseOfTask.get(taskId));
                    if (stillHere && !skippingSection) {
                        out.add(task.withDone(current.done()).withDescription(current.description()));
                        written.add(taskId);
                        if (lastTaskLineOfSection < 0) {
                            sectionIndent = task.indent();
                        }
                        lastTaskLineOfSection = out.size() - 1;
                    }
                    continue;
                }
                default -> {
                    if (!skippingSection) {
                        out.add(line);
                    }
                }
            }
        }
        closeSection(out, section, lastTaskLineOfSection, sectionIndent, written, eol);
        if (!identityWritten) {
            out.addFirst(identity(plan, eol));
        }
        for (PlanSnapshot.Phase phase : plan.phases()) {
            if (!writtenPhases.contains(phase.id())) {
                appendPhase(out, phase, eol);
            }
        }
        return new PlanDocument(document.byteOrderMark(), out, List.of());
    }

    /** Adds the section's tasks that no line of the layout stood for, after its last task line. */
    private static void closeSection(List<MarkdownLine> out, PlanSnapshot.Phase section, int lastTaskLine,
                                     String indent, Set<TaskId> written, String eol) {
        if (section == null) {
            return;
        }
        List<MarkdownLine> missing = section.tasks().stream()
                .filter(task -> !written.contains(task.id()))
                .map(task -> (MarkdownLine) taskLine(indent, task, eol))
                .toList();
        section.tasks().forEach(task -> written.add(task.id()));
        if (missing.isEmpty()) {
            return;
        }
        int insertAt = lastTaskLine >= 0 ? lastTaskLine + 1 : endOfSectionHead(out);
        out.addAll(insertAt, missing);
    }

    /** Where tasks go in a section that has none yet: after its heading and progress line. */
    private static int endOfSectionHead(List<MarkdownLine> out) {
        int position = out.size();
        while (position > 0 && !(out.get(position - 1) instanceof PhaseHeading)
                && !(out.get(position - 1) instanceof MarkdownLine.PhaseProgressLine)) {
            position--;
        }
        return position == 0 ? out.size() : position;
    }

    private static void appendPhase(List<MarkdownLine> out, PlanSnapshot.Phase phase, String eol) {
        out.add(new MarkdownLine.RawLine("", eol));
        out.add(new PhaseHeading("## Phase ", Integer.toString(phase.number()), phase.title().isEmpty() ? "" : ": ",
                phase.title(), "", eol));
        out.add(new MarkdownLine.PhaseProgressLine("**Progression: ", "0", "%**", eol));
        if (!phase.tasks().isEmpty()) {
            out.add(new MarkdownLine.RawLine("", eol));
        }
        for (PlanSnapshot.Task task : phase.tasks()) {
            out.add(taskLine("", task, eol));
        }
    }

    private static TaskLine taskLine(String indent, PlanSnapshot.Task task, String eol) {
        return new TaskLine(indent, '-', " ", task.done() ? 'x' : ' ', " ", task.description(), "", eol);
    }

    private static IdentityLine identity(PlanSnapshot plan, String eol) {
        return new IdentityLine(IDENTITY_HEAD, plan.planId().toString(), " revision=", Long.toString(plan.revision()),
                " -->", eol);
    }

    private static PhaseOutline outline(PlanSnapshot.Phase phase) {
        return new PhaseOutline(phase.number(), phase.title(),
                phase.tasks().stream().map(task -> new TaskOutline(task.description(), task.done(), 0)).toList());
    }
}

package io.opsledger.command.plan;

import io.opsledger.kernel.plan.PhaseAddedEvent;
import io.opsledger.kernel.plan.PhaseId;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.TaskAddedEvent;
import io.opsledger.kernel.plan.TaskId;
import io.opsledger.kernel.plan.TaskPriority;
import io.opsledger.kernel.plan.TaskStatus;
import io.opsledger.kernel.plan.markdown.MarkdownLine;
import io.opsledger.kernel.plan.markdown.PlanDocument;
import io.opsledger.kernel.plan.markdown.PlanMarkdown;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.opsledger.kernel.plan.PlanRule.MARKDOWN_DUPLICATE_PHASE;

/**
 * Matches a Markdown file against a plan as of a base revision: phases by number, tasks by their
 * description at the base, then by position within their phase. Pure: it answers an
 * {@link ImportDecision} (what to add, which field changes the file makes, which line is which
 * entity) that the plan applies, the field changes going through the same three-way comparison
 * as any other change.
 */
final class MarkdownImportMatcher {

    private final PlanId planId;
    private final PlanDocument document;
    private final long base;
    private final FieldHistory history;
    private final PlanContents plan;
    /** The revision at which the next entity the file adds will be added: it names that entity. */
    private long nextRevision;
    private final ImportDecision decision = new ImportDecision(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
            new ArrayList<>(), new ArrayList<>(), new ArrayList<>());

    /**
     * What to do about one file, in the order the plan applies it: the phases and tasks it adds,
     * the field changes to reconcile, the tasks added as done (their status set once added), and
     * which entity each heading and task line is (the layout of the file).
     */
    record ImportDecision(List<PhaseAddedEvent> phasesAdded, List<TaskAddedEvent> tasksAdded,
                          List<FieldChange> changes, List<TaskId> newDoneTasks,
                          List<PhaseId> phaseOfHeading, List<TaskId> taskOfLine) {
    }

    private MarkdownImportMatcher(PlanId planId, PlanDocument document, long base, FieldHistory history,
                                  PlanContents plan, long revision) {
        this.planId = planId;
        this.document = document;
        this.base = base;
        this.history = history;
        this.plan = plan;
        this.nextRevision = revision;
    }

    /** @param revision the plan's revision now, which the file's new entities' ids derive from */
    static ImportDecision match(PlanId planId, PlanDocument document, long base, FieldHistory history,
                                PlanContents plan, long revision) {
        return new MarkdownImportMatcher(planId, document, base, history, plan, revision).match();
    }

    private ImportDecision match() {
        document.title().ifPresent(value -> decision.changes().add(new FieldChange.PlanTitle(planId, PlanInputRules.title(value))));
        document.version().ifPresent(value -> decision.changes().add(new FieldChange.PlanVersion(planId, PlanInputRules.version(value))));
        matchPhases();
        matchTasks();
        return decision;
    }

    private void matchPhases() {
        Set<Integer> seen = new HashSet<>();
        for (PlanDocument.Phase phase : document.phases()) {
            if (!seen.add(phase.number())) {
                throw MARKDOWN_DUPLICATE_PHASE.violated("the file has two phases numbered %d", phase.number());
            }
            String title = PlanInputRules.title(phase.title().isBlank() ? "Phase " + phase.number() : phase.title());
            PhaseId phaseId = plan.phaseNumbered(phase.number()).map(Phase::id).orElse(null);
            if (phaseId == null) {
                phaseId = new PhaseId(nameUuid("phase", phase.number()));
                decision.phasesAdded().add(new PhaseAddedEvent(planId, phaseId, phase.number(), title));
            } else {
                decision.changes().add(new FieldChange.PhaseTitle(phaseId, title));
            }
            decision.phaseOfHeading().add(phaseId);
        }
        for (Map.Entry<PhaseId, Integer> known : plan.phaseNumbers().entrySet()) {
            if (history.existedAt(PlanField.PHASE_EXISTS, known.getKey().value(), base) && !seen.contains(known.getValue())) {
                decision.changes().add(new FieldChange.PhaseExistence(known.getKey(), false));
            }
        }
    }

    private void matchTasks() {
        List<TaskId> candidates = history.entitiesWith(PlanField.TASK_EXISTS).stream()
                .filter(entity -> history.existedAt(PlanField.TASK_EXISTS, entity, base))
                .map(TaskId::new)
                .sorted(Comparator.comparing(this::basePhaseNumber).thenComparing(plan::currentPosition)
                        .thenComparing(TaskId::toString))
                .collect(Collectors.toCollection(ArrayList::new));
        List<PlanDocument.Task> lines = new ArrayList<>();
        List<PhaseId> lineSections = new ArrayList<>();
        for (int p = 0; p < document.phases().size(); p++) {
            for (PlanDocument.Task task : document.phases().get(p).tasks()) {
                lines.add(task);
                lineSections.add(decision.phaseOfHeading().get(p));
            }
        }
        TaskId[] matched = new TaskId[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String description = lines.get(i).description().strip();
            for (TaskId candidate : candidates) {
                FieldChange atBase = history.valueAt(PlanField.TASK_DESCRIPTION, candidate.value(), base);
                if (atBase != null && description.equals(atBase.text())) {
                    matched[i] = candidate;
                    candidates.remove(candidate);
                    break;
                }
            }
        }
        positionalMatches(lineSections, matched, candidates);
        for (int i = 0; i < lines.size(); i++) {
            PlanDocument.Task line = lines.get(i);
            PhaseId section = lineSections.get(i);
            if (matched[i] == null) {
                added(line, section);
                continue;
            }
            TaskId taskId = matched[i];
            decision.taskOfLine().add(taskId);
            decision.changes().add(new FieldChange.TaskDescription(taskId, PlanInputRules.description(line.description())));
            decision.changes().add(new FieldChange.TaskStatusChange(taskId, lineStatus(taskId, line)));
            if (!section.equals(basePhase(taskId))) {
                decision.changes().add(new FieldChange.TaskPlacement(taskId, section, null));
            }
        }
        for (TaskId removed : candidates) {
            decision.changes().add(new FieldChange.TaskExistence(removed, false));
        }
    }

    private void added(PlanDocument.Task line, PhaseId section) {
        TaskId taskId = new TaskId(nameUuid("task", line.lineNumber()));
        decision.tasksAdded().add(new TaskAddedEvent(planId, taskId, section, PlanInputRules.description(line.description()),
                TaskPriority.MEDIUM, null, List.of()));
        if (line.done()) {
            decision.newDoneTasks().add(taskId);
        }
        decision.taskOfLine().add(taskId);
    }

    /** A ticked box is DONE; an unticked one reopens a DONE task and leaves any other status as it was. */
    private TaskStatus lineStatus(TaskId taskId, PlanDocument.Task line) {
        if (line.done()) {
            return TaskStatus.DONE;
        }
        FieldChange atBase = history.valueAt(PlanField.TASK_STATUS, taskId.value(), base);
        TaskStatus baseStatus = atBase == null ? null : ((FieldChange.TaskStatusChange) atBase).status();
        return baseStatus == TaskStatus.DONE ? TaskStatus.TODO : baseStatus;
    }

    /** Lines no description matched take the unmatched tasks of their phase, in order. */
    private void positionalMatches(List<PhaseId> lineSections, TaskId[] matched, List<TaskId> candidates) {
        for (int i = 0; i < matched.length; i++) {
            if (matched[i] != null) {
                continue;
            }
            PhaseId section = lineSections.get(i);
            for (TaskId candidate : candidates) {
                if (section.equals(basePhase(candidate))) {
                    matched[i] = candidate;
                    candidates.remove(candidate);
                    break;
                }
            }
        }
    }

    private PhaseId basePhase(TaskId taskId) {
        FieldChange placement = history.valueAt(PlanField.TASK_PLACEMENT, taskId.value(), base);
        return placement == null ? null : ((FieldChange.TaskPlacement) placement).phase();
    }

    private int basePhaseNumber(TaskId taskId) {
        PhaseId phase = basePhase(taskId);
        return phase == null ? Integer.MAX_VALUE : plan.phaseNumbers().getOrDefault(phase, Integer.MAX_VALUE);
    }

    private UUID nameUuid(String kind, int ordinal) {
        String name = kind + ":" + planId + ":" + nextRevision++ + ":" + ordinal;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Orders an import's changes so the rules hold at every step: moves before status changes,
     * reopened tasks before the tasks they depend on, completed tasks after their prerequisites,
     * removals last (tasks before their phases).
     */
    static List<FieldChange> inApplicableOrder(List<FieldChange> changes, PlanContents plan) {
        List<FieldChange> ordered = new ArrayList<>(changes.stream()
                .filter(change -> change.field() != PlanField.TASK_STATUS && !change.field().isExistence()).toList());
        List<FieldChange.TaskStatusChange> statuses = changes.stream()
                .filter(FieldChange.TaskStatusChange.class::isInstance).map(FieldChange.TaskStatusChange.class::cast).toList();
        statuses.stream().filter(change -> change.status() != TaskStatus.DONE)
                .sorted(Comparator.comparingInt(change -> -PrerequisitePolicies.depth(plan, change.task())))
                .forEach(ordered::add);
        statuses.stream().filter(change -> change.status() == TaskStatus.DONE)
                .sorted(Comparator.comparingInt(change -> PrerequisitePolicies.depth(plan, change.task())))
                .forEach(ordered::add);
        changes.stream().filter(change -> change.field() == PlanField.TASK_EXISTS).forEach(ordered::add);
        changes.stream().filter(change -> change.field() == PlanField.PHASE_EXISTS).forEach(ordered::add);
        return ordered;
    }

    /**
     * The file, when it must become the plan's layout: only when exporting through the old layout
     * would not give it back.
     */
    static Optional<String> newLayout(PlanDocument document, String exported) {
        String markdown = PlanMarkdown.writeExact(document);
        return normalised(markdown).equals(normalised(exported)) ? Optional.empty() : Optional.of(markdown);
    }

    /** The file as the exporter would compare it: progress recomputed, the revision left out. */
    private static String normalised(String markdown) {
        PlanDocument document = PlanMarkdown.parse(markdown);
        List<MarkdownLine> lines = document.lines().stream()
                .filter(line -> !(line instanceof MarkdownLine.IdentityLine))
                .toList();
        return PlanMarkdown.write(document.withLines(lines));
    }
}

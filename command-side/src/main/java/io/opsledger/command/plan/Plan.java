package io.opsledger.command.plan;

import io.opsledger.kernel.plan.AddPhaseCommand;
import io.opsledger.kernel.plan.PlanMarkdownImportedEvent;
import io.opsledger.kernel.plan.ImportPlanMarkdownCommand;
import io.opsledger.kernel.plan.ResolveConflictCommand;
import io.opsledger.kernel.plan.PlanChangeResult;
import io.opsledger.kernel.plan.ConflictStrategyChangedEvent;
import io.opsledger.kernel.plan.ConflictStrategy;
import io.opsledger.kernel.plan.ConflictResolvedEvent;
import io.opsledger.kernel.plan.ConflictResolution;
import io.opsledger.kernel.plan.ConflictId;
import io.opsledger.kernel.plan.ConflictDetectedEvent;
import io.opsledger.kernel.plan.ChangeConflictStrategyCommand;
import io.opsledger.kernel.plan.BasedOn;
import io.opsledger.kernel.plan.AddTaskCommand;
import io.opsledger.kernel.plan.ChangePlanStatusCommand;
import io.opsledger.kernel.plan.ChangePlanVersionCommand;
import io.opsledger.kernel.plan.CreatePlanCommand;
import io.opsledger.kernel.plan.EditTaskCommand;
import io.opsledger.kernel.plan.MoveTaskCommand;
import io.opsledger.kernel.plan.PhaseAddedEvent;
import io.opsledger.kernel.plan.PhaseId;
import io.opsledger.kernel.plan.PhaseRemovedEvent;
import io.opsledger.kernel.plan.PhaseRenamedEvent;
import io.opsledger.kernel.plan.PlanCreatedEvent;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.PlanRenamedEvent;
import io.opsledger.kernel.plan.PlanStatus;
import io.opsledger.kernel.plan.PlanStatusChangedEvent;
import io.opsledger.kernel.plan.PlanVersionChangedEvent;
import io.opsledger.kernel.plan.RemovePhaseCommand;
import io.opsledger.kernel.plan.RemoveTaskCommand;
import io.opsledger.kernel.plan.RenamePhaseCommand;
import io.opsledger.kernel.plan.RenamePlanCommand;
import io.opsledger.kernel.plan.SetTaskPrerequisitesCommand;
import io.opsledger.kernel.plan.SetTaskStatusCommand;
import io.opsledger.kernel.plan.TaskAddedEvent;
import io.opsledger.kernel.plan.TaskEditedEvent;
import io.opsledger.kernel.plan.TaskId;
import io.opsledger.kernel.plan.TaskMovedEvent;
import io.opsledger.kernel.plan.TaskOverdueEvent;
import io.opsledger.kernel.plan.TaskPrerequisitesSetEvent;
import io.opsledger.kernel.plan.TaskPriority;
import io.opsledger.kernel.plan.TaskRemovedEvent;
import io.opsledger.kernel.plan.TaskStatus;
import io.opsledger.kernel.plan.TaskStatusChangedEvent;
import io.opsledger.kernel.plan.markdown.MarkdownLine;
import io.opsledger.kernel.plan.markdown.PlanDocument;
import io.opsledger.kernel.plan.markdown.PlanLayout;
import io.opsledger.kernel.plan.markdown.PlanMarkdown;
import io.opsledger.kernel.plan.markdown.PlanMarkdownExport;
import io.opsledger.kernel.plan.markdown.PlanSnapshot;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.Objects;
import java.util.Set;

import static io.opsledger.kernel.plan.PlanRule.DEPENDENT_TASK_DONE;
import static io.opsledger.kernel.plan.PlanRule.MARKDOWN_TITLE_MISSING;
import static io.opsledger.kernel.plan.PlanRule.MARKDOWN_PLAN_MISMATCH;
import static io.opsledger.kernel.plan.PlanRule.MARKDOWN_DUPLICATE_PHASE;
import static io.opsledger.kernel.plan.PlanRule.EDITED_VALUE_REQUIRED;
import static io.opsledger.kernel.plan.PlanRule.CONFLICT_NOT_FOUND;
import static io.opsledger.kernel.plan.PlanRule.CONFLICT_ALREADY_RESOLVED;
import static io.opsledger.kernel.plan.PlanRule.BASED_ON_UNKNOWN_REVISION;
import static io.opsledger.kernel.plan.PlanRule.PHASE_ID_TAKEN;
import static io.opsledger.kernel.plan.PlanRule.PHASE_NOT_EMPTY;
import static io.opsledger.kernel.plan.PlanRule.PHASE_NOT_FOUND;
import static io.opsledger.kernel.plan.PlanRule.PHASE_NUMBER_INVALID;
import static io.opsledger.kernel.plan.PlanRule.PHASE_NUMBER_TAKEN;
import static io.opsledger.kernel.plan.PlanRule.PLAN_ARCHIVED;
import static io.opsledger.kernel.plan.PlanRule.PLAN_HAS_OPEN_TASKS;
import static io.opsledger.kernel.plan.PlanRule.POSITION_OUT_OF_RANGE;
import static io.opsledger.kernel.plan.PlanRule.PREREQUISITE_CYCLE;
import static io.opsledger.kernel.plan.PlanRule.PREREQUISITE_NOT_DONE;
import static io.opsledger.kernel.plan.PlanRule.PREREQUISITE_NOT_FOUND;
import static io.opsledger.kernel.plan.PlanRule.STATUS_TRANSITION;
import static io.opsledger.kernel.plan.PlanRule.TASK_ID_TAKEN;
import static io.opsledger.kernel.plan.PlanRule.TASK_IS_PREREQUISITE;
import static io.opsledger.kernel.plan.PlanRule.TASK_NOT_FOUND;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A plan with its phases and tasks. Phases and tasks are entities owned by the plan; their
 * command handlers stay here because the rules that matter (prerequisites, cycles, completion)
 * span tasks of different phases.
 *
 * <p>Every change is expressed as {@link FieldChange}s, which go through one path: {@link #reconcile}
 * compares them with what happened since the revision the change was based on (a three-way
 * comparison per field, per phase, per task, against the plan's field history) and settles any
 * divergence by the conflict strategy; {@link #perform} then checks the rules against the current
 * state and applies the events. Resolving a conflict uses the same {@link #perform}.
 *
 * <p>Every handler answers a {@link PlanChangeResult}: the plan's revision after the command (the
 * sequence number of its last event) and the conflicts it met. A change that would alter nothing
 * applies no event.
 */
@Aggregate
class Plan {

    @AggregateIdentifier
    private PlanId id;
    private PlanStatus status;
    private String title;
    private String version;
    private ConflictStrategy conflictStrategy;
    private final Map<PhaseId, Phase> phases = new HashMap<>();
    private final Map<TaskId, Task> tasks = new HashMap<>();
    /** Every value each field took, by the revision that set it: the base of three-way comparisons. */
    private final Map<FieldKey, NavigableMap<Long, String>> history = new HashMap<>();
    private final Map<ConflictId, FieldChange> openConflicts = new HashMap<>();
    /** Numbers of every phase the plan ever had: Markdown files match phases by number. */
    private final Map<PhaseId, Integer> phaseNumbers = new HashMap<>();
    private PlanLayout layout;
    private final Set<ConflictId> resolvedConflicts = new HashSet<>();

    Plan() {
        // for Axon's event sourcing
    }

    @CommandHandler
    Plan(CreatePlanCommand command) {
        apply(new PlanCreatedEvent(command.planId(),
                PlanInputRules.title(command.title()),
                PlanInputRules.version(command.version()),
                command.conflictStrategy()));
    }

    @CommandHandler
    PlanChangeResult handle(RenamePlanCommand command) {
        rejectIfArchived();
        return change(command.basedOn(), planChange(PlanField.PLAN_TITLE, PlanInputRules.title(command.title())));
    }

    @CommandHandler
    PlanChangeResult handle(ChangePlanVersionCommand command) {
        rejectIfArchived();
        return change(command.basedOn(), planChange(PlanField.PLAN_VERSION, PlanInputRules.version(command.version())));
    }

    @CommandHandler
    PlanChangeResult handle(ChangePlanStatusCommand command) {
        rejectIfArchived();
        PlanStatus target = Objects.requireNonNull(command.status(), "status");
        return change(command.basedOn(), planChange(PlanField.PLAN_STATUS, target.name()));
    }

    @CommandHandler
    PlanChangeResult handle(ChangeConflictStrategyCommand command) {
        rejectIfArchived();
        ConflictStrategy strategy = Objects.requireNonNull(command.strategy(), "strategy");
        if (strategy != conflictStrategy) {
            apply(new ConflictStrategyChangedEvent(id, strategy));
        }
        return result(List.of());
    }

    @CommandHandler
    PlanChangeResult handle(AddPhaseCommand command) {
        rejectIfArchived();
        if (phases.containsKey(command.phaseId())) {
            throw PHASE_ID_TAKEN.violated("phase %s already exists in this plan", command.phaseId());
        }
        int number = command.number() == null ? nextPhaseNumber() : command.number();
        if (number < 1) {
            throw PHASE_NUMBER_INVALID.violated("phase number must be 1 or more (got %d)", number);
        }
        phases.values().stream().filter(phase -> phase.number == number).findAny().ifPresent(phase -> {
            throw PHASE_NUMBER_TAKEN.violated("phase number %d is already '%s'", number, phase.title);
        });
        apply(new PhaseAddedEvent(id, command.phaseId(), number, PlanInputRules.title(command.title())));
        return result(List.of());
    }

    @CommandHandler
    PlanChangeResult handle(RenamePhaseCommand command) {
        rejectIfArchived();
        Phase phase = knownPhase(command.phaseId(), command.basedOn());
        return change(command.basedOn(), new FieldChange(PlanField.PHASE_TITLE, phase.id.value(),
                PlanInputRules.title(command.title())));
    }

    @CommandHandler
    PlanChangeResult handle(RemovePhaseCommand command) {
        rejectIfArchived();
        Phase phase = knownPhase(command.phaseId(), command.basedOn());
        return change(command.basedOn(), new FieldChange(PlanField.PHASE_EXISTS, phase.id.value(), PlanField.REMOVED));
    }

    @CommandHandler
    PlanChangeResult handle(AddTaskCommand command) {
        rejectIfArchived();
        if (tasks.containsKey(command.taskId())) {
            throw TASK_ID_TAKEN.violated("task %s already exists in this plan", command.taskId());
        }
        Phase phase = existingPhase(command.phaseId());
        String description = PlanInputRules.description(command.description());
        LocalDate dueDate = PlanInputRules.dueDate(command.dueDate());
        List<TaskId> prerequisites = distinct(command.prerequisites());
        if (prerequisites.contains(command.taskId())) {
            throw PREREQUISITE_CYCLE.violated("task %s cannot be its own prerequisite", command.taskId());
        }
        rejectUnknownPrerequisites(prerequisites);
        TaskPriority priority = command.priority() == null ? TaskPriority.MEDIUM : command.priority();
        apply(new TaskAddedEvent(id, command.taskId(), phase.id, description, priority, dueDate, prerequisites));
        reopenIfCompleted();
        return result(List.of());
    }

    @CommandHandler
    PlanChangeResult handle(EditTaskCommand command) {
        rejectIfArchived();
        Task task = knownTask(command.taskId(), command.basedOn());
        UUID taskId = task.id.value();
        List<FieldChange> changes = new ArrayList<>();
        if (command.description() != null) {
            changes.add(new FieldChange(PlanField.TASK_DESCRIPTION, taskId, PlanInputRules.description(command.description())));
        }
        if (command.priority() != null) {
            changes.add(new FieldChange(PlanField.TASK_PRIORITY, taskId, command.priority().name()));
        }
        if (command.clearDueDate() || command.dueDate() != null) {
            LocalDate dueDate = command.clearDueDate() ? null : PlanInputRules.dueDate(command.dueDate());
            changes.add(new FieldChange(PlanField.TASK_DUE_DATE, taskId, dateText(dueDate)));
        }
        return change(command.basedOn(), changes.toArray(FieldChange[]::new));
    }

    @CommandHandler
    PlanChangeResult handle(MoveTaskCommand command) {
        rejectIfArchived();
        Task task = knownTask(command.taskId(), command.basedOn());
        Phase target = existingPhase(command.phaseId());
        int position = command.position() == null ? othersIn(target, task) : command.position();
        return change(command.basedOn(), new FieldChange(PlanField.TASK_PLACEMENT, task.id.value(),
                placementText(target.id, position)));
    }

    @CommandHandler
    PlanChangeResult handle(RemoveTaskCommand command) {
        rejectIfArchived();
        Task task = knownTask(command.taskId(), command.basedOn());
        return change(command.basedOn(), new FieldChange(PlanField.TASK_EXISTS, task.id.value(), PlanField.REMOVED));
    }

    @CommandHandler
    PlanChangeResult handle(SetTaskStatusCommand command) {
        rejectIfArchived();
        Task task = knownTask(command.taskId(), command.basedOn());
        TaskStatus target = Objects.requireNonNull(command.status(), "status");
        return change(command.basedOn(), new FieldChange(PlanField.TASK_STATUS, task.id.value(), target.name()));
    }

    @CommandHandler
    PlanChangeResult handle(SetTaskPrerequisitesCommand command) {
        rejectIfArchived();
        Task task = knownTask(command.taskId(), command.basedOn());
        List<TaskId> prerequisites = distinct(command.prerequisites());
        rejectUnknownPrerequisites(prerequisites);
        return change(command.basedOn(), new FieldChange(PlanField.TASK_PREREQUISITES, task.id.value(),
                prerequisitesText(prerequisites)));
    }

    @CommandHandler
    PlanChangeResult handle(ResolveConflictCommand command) {
        rejectIfArchived();
        if (resolvedConflicts.contains(command.conflictId())) {
            throw CONFLICT_ALREADY_RESOLVED.violated("conflict %s is already resolved", command.conflictId());
        }
        FieldChange pending = openConflicts.get(command.conflictId());
        if (pending == null) {
            throw CONFLICT_NOT_FOUND.violated("plan %s has no conflict %s", id, command.conflictId());
        }
        ConflictResolution resolution = Objects.requireNonNull(command.resolution(), "resolution");
        String value = switch (resolution) {
            case KEPT_CURRENT -> currentValue(pending.field(), pending.entityId());
            case TOOK_INCOMING -> pending.value();
            case EDITED -> {
                if (command.editedValue() == null) {
                    throw EDITED_VALUE_REQUIRED.violated("resolving conflict %s as EDITED needs editedValue",
                            command.conflictId());
                }
                yield command.editedValue();
            }
        };
        if (resolution != ConflictResolution.KEPT_CURRENT) {
            perform(List.of(new FieldChange(pending.field(), pending.entityId(), value)));
        }
        apply(new ConflictResolvedEvent(id, command.conflictId(), resolution, value));
        return result(List.of());
    }

    /**
     * Creates the plan from a Markdown file, or brings it in line with an edited copy: phases are
     * matched by number, tasks by their description as of the base revision, then by position
     * within their phase. What the file changed becomes field changes that go through the same
     * three-way comparison as any other change; what it added or removed is added or removed.
     * A file that matches the plan as it stands changes nothing and records nothing.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    PlanChangeResult handle(ImportPlanMarkdownCommand command) {
        PlanDocument document = PlanMarkdown.parse(command.markdown() == null ? "" : command.markdown());
        document.planId().filter(named -> !named.equals(command.planId())).ifPresent(named -> {
            throw MARKDOWN_PLAN_MISMATCH.violated("the file was exported from plan %s, not %s", named, command.planId());
        });
        BasedOn basedOn = null;
        if (id == null) {
            if (document.title().isEmpty() || document.version().isEmpty()) {
                throw MARKDOWN_TITLE_MISSING.violated(
                        "a new plan needs the title line '# %s v55 - Title'", PlanMarkdown.TITLE_PREFIX);
            }
            apply(new PlanCreatedEvent(command.planId(), PlanInputRules.title(document.title().get()),
                    PlanInputRules.version(document.version().get()), null));
        } else {
            rejectIfArchived();
            Long base = command.basedOnRevision() != null ? command.basedOnRevision()
                    : document.revision().isPresent() ? Long.valueOf(document.revision().getAsLong()) : null;
            basedOn = base == null ? null : new BasedOn(base, command.strategy());
        }
        return new MarkdownImport(document, basedOn).run();
    }

    /** One import: matches the file against the plan as of the base, then applies the differences. */
    private final class MarkdownImport {

        private final PlanDocument document;
        private final BasedOn basedOn;
        private final long base;
        private final List<PhaseId> phaseOfHeading = new ArrayList<>();
        private final List<TaskId> taskOfLine = new ArrayList<>();
        private final List<FieldChange> changes = new ArrayList<>();
        private final List<TaskId> newDoneTasks = new ArrayList<>();

        MarkdownImport(PlanDocument document, BasedOn basedOn) {
            this.document = document;
            this.basedOn = basedOn;
            this.base = basedOn == null ? revisionNow() : basedOn.revision();
        }

        PlanChangeResult run() {
            document.title().ifPresent(value -> changes.add(planChange(PlanField.PLAN_TITLE, PlanInputRules.title(value))));
            document.version().ifPresent(value -> changes.add(planChange(PlanField.PLAN_VERSION, PlanInputRules.version(value))));
            matchPhases();
            matchTasks();
            List<ConflictDetectedEvent> conflicts = new ArrayList<>();
            List<ConflictResolvedEvent> settled = new ArrayList<>();
            List<FieldChange> accepted = new ArrayList<>(reconcile(basedOn, changes, conflicts, settled));
            newDoneTasks.forEach(task -> accepted.add(new FieldChange(PlanField.TASK_STATUS, task.value(), TaskStatus.DONE.name())));
            perform(inApplicableOrder(accepted));
            // The file becomes the layout only when exporting through the old one would not give it back.
            String markdown = PlanMarkdown.writeExact(document);
            if (!normalised(markdown).equals(normalised(PlanMarkdownExport.export(snapshot(), layout)))) {
                apply(new PlanMarkdownImportedEvent(id, markdown, phaseOfHeading, taskOfLine));
            }
            return new PlanChangeResult(revisionNow(), conflicts, settled);
        }

        private void matchPhases() {
            Set<Integer> seen = new HashSet<>();
            for (PlanDocument.Phase phase : document.phases()) {
                if (!seen.add(phase.number())) {
                    throw MARKDOWN_DUPLICATE_PHASE.violated("the file has two phases numbered %d", phase.number());
                }
                PhaseId phaseId = phaseNumbered(phase.number());
                if (phaseId == null) {
                    phaseId = new PhaseId(nameUuid("phase", phase.number()));
                    apply(new PhaseAddedEvent(id, phaseId, phase.number(), PlanInputRules.title(phaseTitle(phase))));
                } else {
                    changes.add(new FieldChange(PlanField.PHASE_TITLE, phaseId.value(), PlanInputRules.title(phaseTitle(phase))));
                }
                phaseOfHeading.add(phaseId);
            }
            for (Map.Entry<PhaseId, Integer> known : phaseNumbers.entrySet()) {
                if (existedAtBase(PlanField.PHASE_EXISTS, known.getKey().value()) && !seen.contains(known.getValue())) {
                    changes.add(new FieldChange(PlanField.PHASE_EXISTS, known.getKey().value(), PlanField.REMOVED));
                }
            }
        }

        private void matchTasks() {
            List<TaskId> candidates = history.keySet().stream()
                    .filter(key -> key.field() == PlanField.TASK_EXISTS)
                    .filter(key -> existedAtBase(PlanField.TASK_EXISTS, key.entityId()))
                    .map(key -> new TaskId(key.entityId()))
                    .sorted(Comparator.comparing(this::basePhaseNumber).thenComparing(this::currentPosition))
                    .collect(Collectors.toCollection(ArrayList::new));
            List<PlanDocument.Task> lines = new ArrayList<>();
            List<PhaseId> lineSections = new ArrayList<>();
            for (int p = 0; p < document.phases().size(); p++) {
                for (PlanDocument.Task task : document.phases().get(p).tasks()) {
                    lines.add(task);
                    lineSections.add(phaseOfHeading.get(p));
                }
            }
            TaskId[] matched = new TaskId[lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                String description = lines.get(i).description().strip();
                for (TaskId candidate : candidates) {
                    if (description.equals(valueAt(PlanField.TASK_DESCRIPTION, candidate.value(), base))) {
                        matched[i] = candidate;
                        candidates.remove(candidate);
                        break;
                    }
                }
            }
            positionalMatches(lines, lineSections, matched, candidates);
            for (int i = 0; i < lines.size(); i++) {
                PlanDocument.Task line = lines.get(i);
                PhaseId section = lineSections.get(i);
                if (matched[i] == null) {
                    TaskId taskId = new TaskId(nameUuid("task", line.lineNumber()));
                    apply(new TaskAddedEvent(id, taskId, section, PlanInputRules.description(line.description()),
                            TaskPriority.MEDIUM, null, List.of()));
                    if (line.done()) {
                        newDoneTasks.add(taskId);
                    }
                    taskOfLine.add(taskId);
                    continue;
                }
                UUID taskId = matched[i].value();
                taskOfLine.add(matched[i]);
                changes.add(new FieldChange(PlanField.TASK_DESCRIPTION, taskId, PlanInputRules.description(line.description())));
                String baseStatus = valueAt(PlanField.TASK_STATUS, taskId, base);
                String status = line.done() ? TaskStatus.DONE.name()
                        : TaskStatus.DONE.name().equals(baseStatus) ? TaskStatus.TODO.name() : baseStatus;
                changes.add(new FieldChange(PlanField.TASK_STATUS, taskId, status));
                if (!section.equals(basePhase(matched[i]))) {
                    changes.add(new FieldChange(PlanField.TASK_PLACEMENT, taskId, section + ":" + END));
                }
            }
            for (TaskId removed : candidates) {
                changes.add(new FieldChange(PlanField.TASK_EXISTS, removed.value(), PlanField.REMOVED));
            }
        }

        /** Lines no description matched take the unmatched tasks of their phase, in order. */
        private void positionalMatches(List<PlanDocument.Task> lines, List<PhaseId> lineSections, TaskId[] matched,
                                       List<TaskId> candidates) {
            for (int i = 0; i < lines.size(); i++) {
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

        private boolean existedAtBase(PlanField existence, UUID entityId) {
            return PlanField.EXISTS.equals(valueAt(existence, entityId, base));
        }

        private PhaseId phaseNumbered(int number) {
            return phases.values().stream().filter(phase -> phase.number == number).map(phase -> phase.id)
                    .findFirst().orElse(null);
        }

        private PhaseId basePhase(TaskId taskId) {
            String placement = valueAt(PlanField.TASK_PLACEMENT, taskId.value(), base);
            return placement == null ? null : new PhaseId(UUID.fromString(placement.split(":", 2)[0]));
        }

        private int basePhaseNumber(TaskId taskId) {
            PhaseId phase = basePhase(taskId);
            return phase == null ? Integer.MAX_VALUE : phaseNumbers.getOrDefault(phase, Integer.MAX_VALUE);
        }

        private int currentPosition(TaskId taskId) {
            Task task = tasks.get(taskId);
            return task == null ? Integer.MAX_VALUE : phases.get(task.phaseId).tasks.indexOf(taskId);
        }

        private UUID nameUuid(String kind, int ordinal) {
            String name = kind + ":" + id + ":" + revisionNow() + ":" + ordinal;
            return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String phaseTitle(PlanDocument.Phase phase) {
        return phase.title().isBlank() ? "Phase " + phase.number() : phase.title();
    }

    /**
     * Orders an import's changes so the rules hold at every step: moves before status changes,
     * reopened tasks before the tasks they depend on, completed tasks after their prerequisites,
     * removals last (tasks before their phases).
     */
    private List<FieldChange> inApplicableOrder(List<FieldChange> changes) {
        List<FieldChange> ordered = new ArrayList<>();
        changes.stream().filter(change -> change.field() != PlanField.TASK_STATUS && !change.field().isExistence())
                .forEach(ordered::add);
        List<FieldChange> statuses = changes.stream().filter(change -> change.field() == PlanField.TASK_STATUS).toList();
        List<FieldChange> done = new ArrayList<>(statuses.stream()
                .filter(change -> TaskStatus.DONE.name().equals(change.value())).toList());
        statuses.stream().filter(change -> !TaskStatus.DONE.name().equals(change.value()))
                .sorted(Comparator.comparingInt(change -> -dependencyDepth(new TaskId(change.entityId()))))
                .forEach(ordered::add);
        done.sort(Comparator.comparingInt(change -> dependencyDepth(new TaskId(change.entityId()))));
        ordered.addAll(done);
        changes.stream().filter(change -> change.field() == PlanField.TASK_EXISTS).forEach(ordered::add);
        changes.stream().filter(change -> change.field() == PlanField.PHASE_EXISTS).forEach(ordered::add);
        return ordered;
    }

    /** How many prerequisite steps lead to this task from a task with none. */
    private int dependencyDepth(TaskId taskId) {
        Task task = tasks.get(taskId);
        if (task == null || task.prerequisites.isEmpty()) {
            return 0;
        }
        return 1 + task.prerequisites.stream().mapToInt(this::dependencyDepth).max().orElse(0);
    }

    /** The file as the exporter would compare it: progress recomputed, the revision left out. */
    private static String normalised(String markdown) {
        PlanDocument document = PlanMarkdown.parse(markdown);
        List<MarkdownLine> lines = document.lines().stream()
                .filter(line -> !(line instanceof MarkdownLine.IdentityLine))
                .toList();
        return PlanMarkdown.write(document.withLines(lines));
    }

    /** The plan as a Markdown file shows it. */
    private PlanSnapshot snapshot() {
        List<PlanSnapshot.Phase> phaseSnapshots = phases.values().stream()
                .sorted(Comparator.comparingInt(phase -> phase.number))
                .map(phase -> new PlanSnapshot.Phase(phase.id, phase.number, phase.title, phase.tasks.stream()
                        .map(tasks::get)
                        .map(task -> new PlanSnapshot.Task(task.id, task.description, task.isDone()))
                        .toList()))
                .toList();
        return new PlanSnapshot(id, title, version, revisionNow(), "", phaseSnapshots);
    }

    /** A task's due date passed: it is overdue unless it is DONE, gone, or its date moved since. */
    @DeadlineHandler
    void on(TaskDueCheck check) {
        Task task = tasks.get(check.taskId());
        if (status != PlanStatus.ARCHIVED && task != null && !task.isDone() && check.dueDate().equals(task.dueDate)
                && !check.dueDate().equals(task.overdueFor)) {
            apply(new TaskOverdueEvent(id, task.id, task.dueDate));
        }
    }

    // --- reconciling a change with what happened meanwhile ----------------------------------

    private PlanChangeResult change(BasedOn basedOn, FieldChange... changes) {
        List<ConflictDetectedEvent> conflicts = new ArrayList<>();
        List<ConflictResolvedEvent> settled = new ArrayList<>();
        List<FieldChange> accepted = reconcile(basedOn, List.of(changes), conflicts, settled);
        perform(accepted);
        return new PlanChangeResult(revisionNow(), conflicts, settled);
    }

    /**
     * Keeps the changes that may be applied. Without a base, or based on the current revision,
     * that is all of them. Otherwise, per field: if the field still has its base value, the
     * change applies; if the change leaves the field at its base value or agrees with the current
     * one, there is nothing to do; else the two sides diverged, a {@link ConflictDetectedEvent}
     * records base, current and incoming values, and the strategy decides.
     */
    private List<FieldChange> reconcile(BasedOn basedOn, List<FieldChange> changes,
                                        List<ConflictDetectedEvent> conflicts, List<ConflictResolvedEvent> settled) {
        long current = revisionNow();
        if (basedOn == null || basedOn.revision() == current) {
            return changes;
        }
        if (basedOn.revision() > current || basedOn.revision() < 0) {
            throw BASED_ON_UNKNOWN_REVISION.violated("plan %s is at revision %d; a change cannot be based on %d",
                    id, current, basedOn.revision());
        }
        ConflictStrategy strategy = basedOn.strategy() == null ? conflictStrategy : basedOn.strategy();
        List<FieldChange> accepted = new ArrayList<>();
        for (FieldChange change : changes) {
            Divergence divergence = divergence(change, basedOn.revision());
            if (divergence == null) {
                if (!leavesMovedFieldAlone(change, basedOn.revision())) {
                    accepted.add(change);
                }
                continue;
            }
            ConflictId conflictId = ConflictId.of(id, revisionNow(), change.field().path, change.entityId());
            ConflictDetectedEvent detected = new ConflictDetectedEvent(id, conflictId,
                    change.field().conflictType, strategy, basedOn.revision(), change.field().path,
                    change.entityId(), divergence.base(), divergence.current(), change.value());
            apply(detected);
            conflicts.add(detected);
            ConflictResolvedEvent resolved = null;
            if (strategy == ConflictStrategy.SOURCE_PRIORITY && divergence.applicable()) {
                accepted.add(change);
                resolved = new ConflictResolvedEvent(id, conflictId, ConflictResolution.TOOK_INCOMING, change.value());
            } else if (strategy == ConflictStrategy.TARGET_PRIORITY || strategy == ConflictStrategy.SOURCE_PRIORITY) {
                resolved = new ConflictResolvedEvent(id, conflictId, ConflictResolution.KEPT_CURRENT, divergence.current());
            }
            if (resolved != null) {
                apply(resolved);
                settled.add(resolved);
            }
            // AUTO_MERGE merged everything that did not overlap; overlaps stay open, as under MANUAL.
        }
        return accepted;
    }

    /**
     * How the field moved since the base, when it moved to something other than the change wants;
     * null when there is no conflict. An entity removed meanwhile diverges from any change to it
     * (and such a change cannot win); a removal diverges from any change made meanwhile to the
     * entity it removes.
     */
    private Divergence divergence(FieldChange change, long base) {
        PlanField existence = change.field().isExistence() ? change.field() : change.field().existence();
        if (existence != null && !change.field().isExistence()
                && PlanField.REMOVED.equals(currentValue(existence, change.entityId()))) {
            String baseValue = valueAt(change.field(), change.entityId(), base);
            return new Divergence(baseValue, PlanField.REMOVED, false);
        }
        if (change.field().isExistence()) {
            List<String> changedMeanwhile = history.entrySet().stream()
                    .filter(entry -> entry.getKey().entityId().equals(change.entityId()))
                    .filter(entry -> !entry.getKey().field().isExistence())
                    .filter(entry -> !Objects.equals(entry.getValue().lastEntry().getValue(),
                            valueAt(entry.getKey().field(), change.entityId(), base)))
                    .map(entry -> entry.getKey().field().path)
                    .sorted()
                    .toList();
            return changedMeanwhile.isEmpty() ? null
                    : new Divergence(PlanField.EXISTS, "changed meanwhile: " + String.join(", ", changedMeanwhile), true);
        }
        String baseValue = valueAt(change.field(), change.entityId(), base);
        String currentValue = currentValue(change.field(), change.entityId());
        if (baseValue == null || Objects.equals(baseValue, currentValue)
                || Objects.equals(change.value(), baseValue) || Objects.equals(change.value(), currentValue)) {
            return null;
        }
        return new Divergence(baseValue, currentValue, true);
    }

    private record Divergence(String base, String current, boolean applicable) {
    }

    /**
     * A change that still carries the base value of a field the other side changed does not
     * touch that field (an imported file that was not edited there, say): applying it would undo
     * the other side's change.
     */
    private boolean leavesMovedFieldAlone(FieldChange change, long base) {
        String baseValue = valueAt(change.field(), change.entityId(), base);
        return Objects.equals(change.value(), baseValue)
                && !Objects.equals(baseValue, currentValue(change.field(), change.entityId()));
    }

    private String valueAt(PlanField field, UUID entityId, long revision) {
        NavigableMap<Long, String> values = history.get(new FieldKey(field, entityId));
        Map.Entry<Long, String> entry = values == null ? null : values.floorEntry(revision);
        return entry == null ? null : entry.getValue();
    }

    private String currentValue(PlanField field, UUID entityId) {
        NavigableMap<Long, String> values = history.get(new FieldKey(field, entityId));
        return values == null ? null : values.lastEntry().getValue();
    }

    // --- applying changes under the rules ---------------------------------------------------

    /** Checks each change against the rules on the current state and applies its event. */
    private void perform(List<FieldChange> changes) {
        Map<UUID, List<FieldChange>> taskEdits = new LinkedHashMap<>();
        for (FieldChange change : changes) {
            switch (change.field()) {
                case PLAN_TITLE -> {
                    String newTitle = PlanInputRules.title(change.value());
                    if (!newTitle.equals(title)) {
                        apply(new PlanRenamedEvent(id, newTitle));
                    }
                }
                case PLAN_VERSION -> {
                    String newVersion = PlanInputRules.version(change.value());
                    if (!newVersion.equals(version)) {
                        apply(new PlanVersionChangedEvent(id, newVersion));
                    }
                }
                case PLAN_STATUS -> changeStatus(enumValue(PlanStatus.class, change.value(), "status"));
                case PHASE_TITLE -> {
                    Phase phase = existingPhase(new PhaseId(change.entityId()));
                    String newTitle = PlanInputRules.title(change.value());
                    if (!newTitle.equals(phase.title)) {
                        apply(new PhaseRenamedEvent(id, phase.id, newTitle));
                    }
                }
                case PHASE_EXISTS -> {
                    // Removed on both sides: nothing left to do.
                    if (phases.containsKey(new PhaseId(change.entityId()))) {
                        removePhase(existingPhase(new PhaseId(change.entityId())));
                    }
                }
                case TASK_DESCRIPTION, TASK_PRIORITY, TASK_DUE_DATE ->
                        taskEdits.computeIfAbsent(change.entityId(), task -> new ArrayList<>()).add(change);
                case TASK_STATUS -> changeTaskStatus(existingTask(new TaskId(change.entityId())),
                        enumValue(TaskStatus.class, change.value(), "status"));
                case TASK_PREREQUISITES -> setPrerequisites(existingTask(new TaskId(change.entityId())),
                        prerequisitesOf(change.value()));
                case TASK_PLACEMENT -> moveTask(existingTask(new TaskId(change.entityId())), change.value());
                case TASK_EXISTS -> {
                    if (tasks.containsKey(new TaskId(change.entityId()))) {
                        removeTask(existingTask(new TaskId(change.entityId())));
                    }
                }
            }
        }
        taskEdits.forEach((taskId, edits) -> editTask(existingTask(new TaskId(taskId)), edits));
    }

    private void changeStatus(PlanStatus target) {
        if (target == status) {
            return;
        }
        if (!status.successors().contains(target)) {
            throw STATUS_TRANSITION.violated("a %s plan cannot become %s; allowed: %s", status, target,
                    status.successors());
        }
        if (target == PlanStatus.COMPLETED) {
            List<TaskId> open = tasks.values().stream().filter(task -> !task.isDone()).map(task -> task.id).toList();
            if (!open.isEmpty()) {
                throw PLAN_HAS_OPEN_TASKS.violated("a plan is COMPLETED only when every task is DONE; %d are not: %s",
                        open.size(), open);
            }
        }
        apply(new PlanStatusChangedEvent(id, status, target));
    }

    private void removePhase(Phase phase) {
        if (!phase.tasks.isEmpty()) {
            throw PHASE_NOT_EMPTY.violated("phase %d still has %d tasks; move or remove them first",
                    phase.number, phase.tasks.size());
        }
        apply(new PhaseRemovedEvent(id, phase.id));
    }

    private void editTask(Task task, List<FieldChange> edits) {
        String description = task.description;
        TaskPriority priority = task.priority;
        LocalDate dueDate = task.dueDate;
        for (FieldChange edit : edits) {
            switch (edit.field()) {
                case TASK_DESCRIPTION -> description = PlanInputRules.description(edit.value());
                case TASK_PRIORITY -> priority = enumValue(TaskPriority.class, edit.value(), "priority");
                case TASK_DUE_DATE -> dueDate = PlanInputRules.dueDate(edit.value());
                default -> throw new IllegalArgumentException(edit.field() + " is not a task edit");
            }
        }
        if (!description.equals(task.description) || priority != task.priority || !Objects.equals(dueDate, task.dueDate)) {
            apply(new TaskEditedEvent(id, task.id, description, priority, dueDate));
        }
    }

    private void moveTask(Task task, String placement) {
        String[] parts = placement.split(":", 2);
        Phase target = existingPhase(new PhaseId(UUID.fromString(parts[0])));
        int othersInTarget = othersIn(target, task);
        int position = END.equals(parts[1]) ? othersInTarget : Integer.parseInt(parts[1]);
        if (position < 0 || position > othersInTarget) {
            throw POSITION_OUT_OF_RANGE.violated("position must be between 0 and %d in phase %d (got %d)",
                    othersInTarget, target.number, position);
        }
        boolean unchanged = target.id.equals(task.phaseId) && target.tasks.indexOf(task.id) == position;
        if (!unchanged) {
            apply(new TaskMovedEvent(id, task.id, task.phaseId, target.id, position));
        }
    }

    private void removeTask(Task task) {
        List<TaskId> dependents = dependentsOf(task.id);
        if (!dependents.isEmpty()) {
            throw TASK_IS_PREREQUISITE.violated("task %s is a prerequisite of %s; change their prerequisites first",
                    task.id, dependents);
        }
        apply(new TaskRemovedEvent(id, task.id));
    }

    private void changeTaskStatus(Task task, TaskStatus target) {
        if (target == task.status) {
            return;
        }
        if (target == TaskStatus.DONE) {
            rejectOpenPrerequisites(task.id, task.prerequisites);
        } else if (task.isDone()) {
            List<TaskId> doneDependents = dependentsOf(task.id).stream().filter(t -> tasks.get(t).isDone()).toList();
            if (!doneDependents.isEmpty()) {
                throw DEPENDENT_TASK_DONE.violated("task %s cannot leave DONE while its dependents %s are DONE",
                        task.id, doneDependents);
            }
        }
        apply(new TaskStatusChangedEvent(id, task.id, task.status, target));
        if (target != TaskStatus.DONE) {
            reopenIfCompleted();
        }
    }

    private void setPrerequisites(Task task, List<TaskId> prerequisites) {
        rejectUnknownPrerequisites(prerequisites);
        rejectCycle(task.id, prerequisites);
        if (task.isDone()) {
            rejectOpenPrerequisites(task.id, prerequisites);
        }
        if (!new LinkedHashSet<>(prerequisites).equals(task.prerequisites)) {
            apply(new TaskPrerequisitesSetEvent(id, task.id, prerequisites));
        }
    }

    // --- rules -------------------------------------------------------------------------------

    private void rejectIfArchived() {
        if (status == PlanStatus.ARCHIVED) {
            throw PLAN_ARCHIVED.violated("plan %s is ARCHIVED and accepts no change", id);
        }
    }

    /** A COMPLETED plan has only DONE tasks: new open work moves it back to ACTIVE rather than being refused. */
    private void reopenIfCompleted() {
        if (status == PlanStatus.COMPLETED) {
            apply(new PlanStatusChangedEvent(id, PlanStatus.COMPLETED, PlanStatus.ACTIVE));
        }
    }

    private void rejectUnknownPrerequisites(List<TaskId> prerequisites) {
        List<TaskId> unknown = prerequisites.stream().filter(p -> !tasks.containsKey(p)).toList();
        if (!unknown.isEmpty()) {
            throw PREREQUISITE_NOT_FOUND.violated("prerequisites %s are not tasks of this plan", unknown);
        }
    }

    private void rejectOpenPrerequisites(TaskId taskId, Iterable<TaskId> prerequisites) {
        List<TaskId> open = new ArrayList<>();
        prerequisites.forEach(p -> {
            if (!tasks.get(p).isDone()) {
                open.add(p);
            }
        });
        if (!open.isEmpty()) {
            throw PREREQUISITE_NOT_DONE.violated("task %s cannot be DONE while prerequisites %s are not DONE",
                    taskId, open);
        }
    }

    /** Giving {@code taskId} these prerequisites closes a cycle when one of them already depends on it. */
    private void rejectCycle(TaskId taskId, List<TaskId> prerequisites) {
        Deque<TaskId> toVisit = new ArrayDeque<>(prerequisites);
        Set<TaskId> visited = new HashSet<>();
        while (!toVisit.isEmpty()) {
            TaskId current = toVisit.pop();
            if (current.equals(taskId)) {
                throw PREREQUISITE_CYCLE.violated("task %s would depend on itself through %s", taskId, prerequisites);
            }
            if (visited.add(current)) {
                toVisit.addAll(tasks.get(current).prerequisites);
            }
        }
    }

    private Phase existingPhase(PhaseId phaseId) {
        Phase phase = phaseId == null ? null : phases.get(phaseId);
        if (phase == null) {
            throw PHASE_NOT_FOUND.violated("phase %s is not part of plan %s", phaseId, id);
        }
        return phase;
    }

    private Task existingTask(TaskId taskId) {
        Task task = taskId == null ? null : tasks.get(taskId);
        if (task == null) {
            throw TASK_NOT_FOUND.violated("task %s is not part of plan %s", taskId, id);
        }
        return task;
    }

    /**
     * The phase a change addresses. A change based on an older revision may address a phase
     * removed since then: that is a conflict to record, not an unknown phase, so a placeholder
     * stands in until {@link #reconcile} records it.
     */
    private Phase knownPhase(PhaseId phaseId, BasedOn basedOn) {
        if (basedOn != null && phaseId != null && !phases.containsKey(phaseId)
                && PlanField.EXISTS.equals(valueAt(PlanField.PHASE_EXISTS, phaseId.value(), basedOn.revision()))) {
            return new Phase(phaseId, 0, "");
        }
        return existingPhase(phaseId);
    }

    /** As {@link #knownPhase}, for tasks. */
    private Task knownTask(TaskId taskId, BasedOn basedOn) {
        if (basedOn != null && taskId != null && !tasks.containsKey(taskId)
                && PlanField.EXISTS.equals(valueAt(PlanField.TASK_EXISTS, taskId.value(), basedOn.revision()))) {
            return new Task(taskId, null, "", TaskPriority.MEDIUM, null, List.of());
        }
        return existingTask(taskId);
    }

    private List<TaskId> dependentsOf(TaskId taskId) {
        return tasks.values().stream()
                .filter(t -> t.prerequisites.contains(taskId))
                .map(t -> t.id)
                .sorted(Comparator.comparing(TaskId::toString))
                .toList();
    }

    private int nextPhaseNumber() {
        return phases.values().stream().mapToInt(phase -> phase.number).max().orElse(0) + 1;
    }

    private static int othersIn(Phase phase, Task task) {
        return phase.tasks.size() - (phase.id.equals(task.phaseId) ? 1 : 0);
    }

    private static List<TaskId> distinct(List<TaskId> ids) {
        return ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("%s: '%s' is not one of %s".formatted(field, value,
                    List.of(type.getEnumConstants())), e);
        }
    }

    private PlanChangeResult result(List<ConflictDetectedEvent> conflicts) {
        return new PlanChangeResult(revisionNow(), conflicts, List.of());
    }

    private static long revisionNow() {
        return AggregateLifecycle.getVersion();
    }

    // --- text forms of field values, as conflicts record them ---------------------------------

    private static String dateText(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** A placement at the end of a phase, wherever that is when the move is applied. */
    private static final String END = "end";

    private static String placementText(PhaseId phaseId, int position) {
        return phaseId + ":" + position;
    }

    private static String prerequisitesText(Collection<TaskId> prerequisites) {
        return prerequisites.stream().map(TaskId::toString).collect(Collectors.joining(","));
    }

    private static List<TaskId> prerequisitesOf(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip)
                .map(UUID::fromString).map(TaskId::new).toList();
    }

    private FieldChange planChange(PlanField field, String value) {
        return new FieldChange(field, id.value(), value);
    }

    private void record(PlanField field, UUID entityId, long revision, String value) {
        history.computeIfAbsent(new FieldKey(field, entityId), key -> new TreeMap<>()).put(revision, value);
    }

    private record FieldKey(PlanField field, UUID entityId) {
    }

    // --- state -------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(PlanCreatedEvent event, @SequenceNumber long revision) {
        id = event.planId();
        title = event.title();
        version = event.version();
        status = PlanStatus.DRAFT;
        conflictStrategy = event.conflictStrategy();
        record(PlanField.PLAN_TITLE, id.value(), revision, title);
        record(PlanField.PLAN_VERSION, id.value(), revision, version);
        record(PlanField.PLAN_STATUS, id.value(), revision, status.name());
    }

    @EventSourcingHandler
    void on(PlanRenamedEvent event, @SequenceNumber long revision) {
        title = event.title();
        record(PlanField.PLAN_TITLE, id.value(), revision, title);
    }

    @EventSourcingHandler
    void on(PlanVersionChangedEvent event, @SequenceNumber long revision) {
        version = event.version();
        record(PlanField.PLAN_VERSION, id.value(), revision, version);
    }

    @EventSourcingHandler
    void on(PlanStatusChangedEvent event, @SequenceNumber long revision) {
        status = event.to();
        record(PlanField.PLAN_STATUS, id.value(), revision, status.name());
    }

    @EventSourcingHandler
    void on(ConflictStrategyChangedEvent event) {
        conflictStrategy = event.strategy();
    }

    @EventSourcingHandler
    void on(PlanMarkdownImportedEvent event) {
        layout = new PlanLayout(event.markdown(), event.phaseIds(), event.taskIds());
    }

    @EventSourcingHandler
    void on(PhaseAddedEvent event, @SequenceNumber long revision) {
        phases.put(event.phaseId(), new Phase(event.phaseId(), event.number(), event.title()));
        phaseNumbers.put(event.phaseId(), event.number());
        record(PlanField.PHASE_EXISTS, event.phaseId().value(), revision, PlanField.EXISTS);
        record(PlanField.PHASE_TITLE, event.phaseId().value(), revision, event.title());
    }

    @EventSourcingHandler
    void on(PhaseRenamedEvent event, @SequenceNumber long revision) {
        phases.get(event.phaseId()).title = event.title();
        record(PlanField.PHASE_TITLE, event.phaseId().value(), revision, event.title());
    }

    @EventSourcingHandler
    void on(PhaseRemovedEvent event, @SequenceNumber long revision) {
        phases.remove(event.phaseId());
        record(PlanField.PHASE_EXISTS, event.phaseId().value(), revision, PlanField.REMOVED);
    }

    @EventSourcingHandler
    void on(TaskAddedEvent event, @SequenceNumber long revision) {
        tasks.put(event.taskId(), new Task(event.taskId(), event.phaseId(), event.description(), event.priority(),
                event.dueDate(), event.prerequisites()));
        Phase phase = phases.get(event.phaseId());
        phase.tasks.add(event.taskId());
        UUID taskId = event.taskId().value();
        record(PlanField.TASK_EXISTS, taskId, revision, PlanField.EXISTS);
        record(PlanField.TASK_DESCRIPTION, taskId, revision, event.description());
        record(PlanField.TASK_PRIORITY, taskId, revision, event.priority().name());
        record(PlanField.TASK_DUE_DATE, taskId, revision, dateText(event.dueDate()));
        record(PlanField.TASK_STATUS, taskId, revision, TaskStatus.TODO.name());
        record(PlanField.TASK_PREREQUISITES, taskId, revision, prerequisitesText(event.prerequisites()));
        record(PlanField.TASK_PLACEMENT, taskId, revision, placementText(phase.id, phase.tasks.size() - 1));
    }

    @EventSourcingHandler
    void on(TaskEditedEvent event, @SequenceNumber long revision) {
        Task task = tasks.get(event.taskId());
        task.description = event.description();
        task.priority = event.priority();
        task.dueDate = event.dueDate();
        UUID taskId = event.taskId().value();
        record(PlanField.TASK_DESCRIPTION, taskId, revision, event.description());
        record(PlanField.TASK_PRIORITY, taskId, revision, event.priority().name());
        record(PlanField.TASK_DUE_DATE, taskId, revision, dateText(event.dueDate()));
    }

    @EventSourcingHandler
    void on(TaskMovedEvent event, @SequenceNumber long revision) {
        phases.get(event.fromPhaseId()).tasks.remove(event.taskId());
        phases.get(event.toPhaseId()).tasks.add(event.position(), event.taskId());
        tasks.get(event.taskId()).phaseId = event.toPhaseId();
        record(PlanField.TASK_PLACEMENT, event.taskId().value(), revision,
                placementText(event.toPhaseId(), event.position()));
    }

    @EventSourcingHandler
    void on(TaskRemovedEvent event, @SequenceNumber long revision) {
        Task task = tasks.remove(event.taskId());
        phases.get(task.phaseId).tasks.remove(event.taskId());
        record(PlanField.TASK_EXISTS, event.taskId().value(), revision, PlanField.REMOVED);
    }

    @EventSourcingHandler
    void on(TaskStatusChangedEvent event, @SequenceNumber long revision) {
        tasks.get(event.taskId()).status = event.to();
        record(PlanField.TASK_STATUS, event.taskId().value(), revision, event.to().name());
    }

    @EventSourcingHandler
    void on(TaskPrerequisitesSetEvent event, @SequenceNumber long revision) {
        Task task = tasks.get(event.taskId());
        task.prerequisites.clear();
        task.prerequisites.addAll(event.prerequisites());
        record(PlanField.TASK_PREREQUISITES, event.taskId().value(), revision, prerequisitesText(event.prerequisites()));
    }

    @EventSourcingHandler
    void on(TaskOverdueEvent event) {
        tasks.get(event.taskId()).overdueFor = event.dueDate();
    }

    @EventSourcingHandler
    void on(ConflictDetectedEvent event) {
        openConflicts.put(event.conflictId(),
                new FieldChange(PlanField.ofPath(event.field()), event.entityId(), event.incoming()));
    }

    @EventSourcingHandler
    void on(ConflictResolvedEvent event) {
        openConflicts.remove(event.conflictId());
        resolvedConflicts.add(event.conflictId());
    }
}

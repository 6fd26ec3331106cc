package io.opsledger.command.plan;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.opsledger.command.plan.MarkdownImportMatcher.ImportDecision;
import io.opsledger.command.snapshot.SnapshotConfiguration;
import io.opsledger.kernel.plan.AddPhaseCommand;
import io.opsledger.kernel.plan.AddTaskCommand;
import io.opsledger.kernel.plan.BasedOn;
import io.opsledger.kernel.plan.ChangeConflictStrategyCommand;
import io.opsledger.kernel.plan.ChangePlanStatusCommand;
import io.opsledger.kernel.plan.ChangePlanVersionCommand;
import io.opsledger.kernel.plan.ConflictDetectedEvent;
import io.opsledger.kernel.plan.ConflictId;
import io.opsledger.kernel.plan.ConflictResolution;
import io.opsledger.kernel.plan.ConflictResolvedEvent;
import io.opsledger.kernel.plan.ConflictStrategy;
import io.opsledger.kernel.plan.ConflictStrategyChangedEvent;
import io.opsledger.kernel.plan.CreatePlanCommand;
import io.opsledger.kernel.plan.EditTaskCommand;
import io.opsledger.kernel.plan.ImportPlanMarkdownCommand;
import io.opsledger.kernel.plan.MoveTaskCommand;
import io.opsledger.kernel.plan.PhaseAddedEvent;
import io.opsledger.kernel.plan.PhaseId;
import io.opsledger.kernel.plan.PhaseRemovedEvent;
import io.opsledger.kernel.plan.PhaseRenamedEvent;
import io.opsledger.kernel.plan.PlanChangeResult;
import io.opsledger.kernel.plan.PlanCreatedEvent;
import io.opsledger.kernel.plan.PlanEvent;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.PlanMarkdownImportedEvent;
import io.opsledger.kernel.plan.PlanRenamedEvent;
import io.opsledger.kernel.plan.PlanStatus;
import io.opsledger.kernel.plan.PlanStatusChangedEvent;
import io.opsledger.kernel.plan.PlanVersionChangedEvent;
import io.opsledger.kernel.plan.RemovePhaseCommand;
import io.opsledger.kernel.plan.RemoveTaskCommand;
import io.opsledger.kernel.plan.RenamePhaseCommand;
import io.opsledger.kernel.plan.RenamePlanCommand;
import io.opsledger.kernel.plan.ResolveConflictCommand;
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
import io.opsledger.kernel.plan.markdown.PlanDocument;
import io.opsledger.kernel.plan.markdown.PlanLayout;
import io.opsledger.kernel.plan.markdown.PlanMarkdown;
import io.opsledger.kernel.plan.markdown.PlanMarkdownExport;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static io.opsledger.command.messaging.AggregateClock.revision;
import static io.opsledger.kernel.plan.PlanRule.CONFLICT_ALREADY_RESOLVED;
import static io.opsledger.kernel.plan.PlanRule.CONFLICT_NOT_FOUND;
import static io.opsledger.kernel.plan.PlanRule.MARKDOWN_PLAN_MISMATCH;
import static io.opsledger.kernel.plan.PlanRule.MARKDOWN_TITLE_MISSING;
import static io.opsledger.kernel.plan.PlanRule.PHASE_ID_TAKEN;
import static io.opsledger.kernel.plan.PlanRule.PHASE_NUMBER_INVALID;
import static io.opsledger.kernel.plan.PlanRule.PHASE_NUMBER_TAKEN;
import static io.opsledger.kernel.plan.PlanRule.PLAN_ARCHIVED;
import static io.opsledger.kernel.plan.PlanRule.TASK_ID_TAKEN;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A plan with its phases and tasks. The command handlers turn each command into typed
 * {@link FieldChange}s and apply what the collaborators decide: {@link ConflictReconciler}
 * compares the changes with what happened since their base revision (against the
 * {@link FieldHistory}) and settles divergences by the conflict strategy; {@link PlanChanges}
 * checks the rules (with {@link PrerequisitePolicies}) on the plan as it stands and answers the
 * events; {@link MarkdownImportMatcher} turns a Markdown file into additions and changes.
 *
 * <p>Phases and tasks are immutable records in {@link PlanContents} rather than
 * {@code @AggregateMember} entities: the rules that matter (prerequisites, cycles, completion)
 * span tasks of different phases, so their handlers would call back into the plan anyway.
 *
 * <p>Every handler answers a {@link PlanChangeResult}: the plan's revision after the command (the
 * sequence number of its last event) and the conflicts it met. A change that would alter nothing
 * applies no event. The state is plain data that Jackson writes to and reads from snapshots.
 */
@Aggregate(snapshotTriggerDefinition = SnapshotConfiguration.TRIGGER)
@Revision("1")
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
class Plan {

    @AggregateIdentifier
    private PlanId id;
    private PlanStatus status;
    private String title;
    private String version;
    private ConflictStrategy conflictStrategy;
    private final PlanContents contents = new PlanContents();
    private final FieldHistory history = new FieldHistory();
    private final Map<ConflictId, OpenConflict> openConflicts = new HashMap<>();
    private final Set<ConflictId> resolvedConflicts = new HashSet<>();
    private PlanLayout layout;

    Plan() {
        // for Axon's event sourcing
    }

    @CommandHandler
    Plan(CreatePlanCommand command) {
        apply(new PlanCreatedEvent(command.planId(), PlanInputRules.title(command.title()),
                PlanInputRules.version(command.version()), command.conflictStrategy()));
    }

    @CommandHandler
    PlanChangeResult handle(RenamePlanCommand command) {
        rejectIfArchived();
        return change(command.basedOn(), new FieldChange.PlanTitle(id, PlanInputRules.title(command.title())));
    }

    @CommandHandler
    PlanChangeResult handle(ChangePlanVersionCommand command) {
        rejectIfArchived();
        return change(command.basedOn(), new FieldChange.PlanVersion(id, PlanInputRules.version(command.version())));
    }

    @CommandHandler
    PlanChangeResult handle(ChangePlanStatusCommand command) {
        rejectIfArchived();
        return change(command.basedOn(), new FieldChange.PlanStatusChange(id,
                Objects.requireNonNull(command.status(), "status")));
    }

    @CommandHandler
    PlanChangeResult handle(ChangeConflictStrategyCommand command) {
        rejectIfArchived();
        ConflictStrategy strategy = Objects.requireNonNull(command.strategy(), "strategy");
        if (strategy != conflictStrategy) {
            apply(new ConflictStrategyChangedEvent(id, strategy));
        }
        return result(List.of(), List.of());
    }

    @CommandHandler
    PlanChangeResult handle(AddPhaseCommand command) {
        rejectIfArchived();
        if (contents.hasPhase(command.phaseId())) {
            throw PHASE_ID_TAKEN.violated("phase %s already exists in this plan", command.phaseId());
        }
        int number = command.number() == null ? contents.nextPhaseNumber() : command.number();
        if (number < 1) {
            throw PHASE_NUMBER_INVALID.violated("phase number must be 1 or more (got %d)", number);
        }
        contents.phaseNumbered(number).ifPresent(phase -> {
            throw PHASE_NUMBER_TAKEN.violated("phase number %d is already '%s'", number, phase.title());
        });
        apply(new PhaseAddedEvent(id, command.phaseId(), number, PlanInputRules.title(command.title())));
        return result(List.of(), List.of());
    }

    @CommandHandler
    PlanChangeResult handle(RenamePhaseCommand command) {
        rejectIfArchived();
        PhaseId phase = contents.addressedPhase(command.phaseId(), command.basedOn(), history, id);
        return change(command.basedOn(), new FieldChange.PhaseTitle(phase, PlanInputRules.title(command.title())));
    }

    @CommandHandler
    PlanChangeResult handle(RemovePhaseCommand command) {
        rejectIfArchived();
        PhaseId phase = contents.addressedPhase(command.phaseId(), command.basedOn(), history, id);
        return change(command.basedOn(), new FieldChange.PhaseExistence(phase, false));
    }

    @CommandHandler
    PlanChangeResult handle(AddTaskCommand command) {
        rejectIfArchived();
        if (contents.hasTask(command.taskId())) {
            throw TASK_ID_TAKEN.violated("task %s already exists in this plan", command.taskId());
        }
        Phase phase = contents.existingPhase(command.phaseId(), id);
        String description = PlanInputRules.description(command.description());
        LocalDate dueDate = PlanInputRules.dueDate(command.dueDate());
        List<TaskId> prerequisites = distinct(command.prerequisites());
        PrerequisitePolicies.selfPrerequisite(command.taskId(), prerequisites);
        PrerequisitePolicies.unknownPrerequisite(contents, prerequisites);
        TaskPriority priority = command.priority() == null ? TaskPriority.MEDIUM : command.priority();
        apply(new TaskAddedEvent(id, command.taskId(), phase.id(), description, priority, dueDate, prerequisites));
        decisions().reopenIfCompleted().ifPresent(AggregateLifecycle::apply);
        return result(List.of(), List.of());
    }

    @CommandHandler
    PlanChangeResult handle(EditTaskCommand command) {
        rejectIfArchived();
        TaskId task = contents.addressedTask(command.taskId(), command.basedOn(), history, id).id();
        List<FieldChange> changes = new ArrayList<>();
        if (command.description() != null) {
            changes.add(new FieldChange.TaskDescription(task, PlanInputRules.description(command.description())));
        }
        if (command.priority() != null) {
            changes.add(new FieldChange.TaskPriorityChange(task, command.priority()));
        }
        if (command.clearDueDate() || command.dueDate() != null) {
            changes.add(new FieldChange.TaskDueDate(task,
                    command.clearDueDate() ? null : PlanInputRules.dueDate(command.dueDate())));
        }
        return change(command.basedOn(), changes.toArray(FieldChange[]::new));
    }

    @CommandHandler
    PlanChangeResult handle(MoveTaskCommand command) {
        rejectIfArchived();
        Task task = contents.addressedTask(command.taskId(), command.basedOn(), history, id);
        Phase target = contents.existingPhase(command.phaseId(), id);
        int position = command.position() == null ? contents.othersIn(target, task) : command.position();
        return change(command.basedOn(), new FieldChange.TaskPlacement(task.id(), target.id(), position));
    }

    @CommandHandler
    PlanChangeResult handle(RemoveTaskCommand command) {
        rejectIfArchived();
        TaskId task = contents.addressedTask(command.taskId(), command.basedOn(), history, id).id();
        return change(command.basedOn(), new FieldChange.TaskExistence(task, false));
    }

    @CommandHandler
    PlanChangeResult handle(SetTaskStatusCommand command) {
        rejectIfArchived();
        TaskId task = contents.addressedTask(command.taskId(), command.basedOn(), history, id).id();
        return change(command.basedOn(), new FieldChange.TaskStatusChange(task,
                Objects.requireNonNull(command.status(), "status")));
    }

    @CommandHandler
    PlanChangeResult handle(SetTaskPrerequisitesCommand command) {
        rejectIfArchived();
        TaskId task = contents.addressedTask(command.taskId(), command.basedOn(), history, id).id();
        List<TaskId> prerequisites = distinct(command.prerequisites());
        PrerequisitePolicies.unknownPrerequisite(contents, prerequisites);
        return change(command.basedOn(), new FieldChange.TaskPrerequisites(task, prerequisites));
    }

    @CommandHandler
    PlanChangeResult handle(ResolveConflictCommand command) {
        rejectIfArchived();
        if (resolvedConflicts.contains(command.conflictId())) {
            throw CONFLICT_ALREADY_RESOLVED.violated("conflict %s is already resolved", command.conflictId());
        }
        OpenConflict pending = openConflicts.get(command.conflictId());
        if (pending == null) {
            throw CONFLICT_NOT_FOUND.violated("plan %s has no conflict %s", id, command.conflictId());
        }
        ConflictResolution resolution = Objects.requireNonNull(command.resolution(), "resolution");
        String value = pending.resolvedValue(command.conflictId(), resolution, command.editedValue(), history);
        pending.changeFor(resolution, value).ifPresent(change -> perform(List.of(change)));
        apply(new ConflictResolvedEvent(id, command.conflictId(), resolution, value));
        return result(List.of(), List.of());
    }

    /**
     * Creates the plan from a Markdown file, or brings it in line with an edited copy (see
     * {@link MarkdownImportMatcher}). What the file changed goes through the same three-way
     * comparison as any other change. A file that matches the plan as it stands changes nothing
     * and records nothing.
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
        long base = basedOn == null ? revision() : basedOn.revision();
        ImportDecision decision = MarkdownImportMatcher.match(id, document, base, history, contents, revision());
        decision.phasesAdded().forEach(AggregateLifecycle::apply);
        decision.tasksAdded().forEach(AggregateLifecycle::apply);
        ConflictReconciler.Reconciliation reconciliation = reconcile(basedOn, decision.changes());
        List<FieldChange> accepted = new ArrayList<>(reconciliation.accepted());
        decision.newDoneTasks().forEach(task -> accepted.add(
                new FieldChange.TaskStatusChange(task, TaskStatus.DONE)));
        perform(MarkdownImportMatcher.inApplicableOrder(accepted, contents));
        String exported = PlanMarkdownExport.export(contents.snapshot(id, title, version, revision()), layout);
        MarkdownImportMatcher.newLayout(document, exported).ifPresent(markdown -> apply(
                new PlanMarkdownImportedEvent(id, markdown, decision.phaseOfHeading(), decision.taskOfLine())));
        return result(reconciliation.detected(), reconciliation.settled());
    }

    /** A task's due date passed: it is overdue unless it is DONE, gone, or its date moved since. */
    @DeadlineHandler
    void on(TaskDueCheck check) {
        contents.task(check.taskId())
                .filter(task -> status != PlanStatus.ARCHIVED && !task.isDone()
                        && check.dueDate().equals(task.dueDate()) && !check.dueDate().equals(task.overdueFor()))
                .ifPresent(task -> apply(new TaskOverdueEvent(id, task.id(), task.dueDate())));
    }

    // --- applying decisions -----------------------------------------------------------------

    private PlanChangeResult change(BasedOn basedOn, FieldChange... changes) {
        ConflictReconciler.Reconciliation reconciliation = reconcile(basedOn, List.of(changes));
        perform(reconciliation.accepted());
        return result(reconciliation.detected(), reconciliation.settled());
    }

    private ConflictReconciler.Reconciliation reconcile(BasedOn basedOn, List<FieldChange> changes) {
        ConflictReconciler.Reconciliation reconciliation = ConflictReconciler.reconcile(id, revision(),
                conflictStrategy, history, basedOn, changes);
        reconciliation.conflictEvents().forEach(AggregateLifecycle::apply);
        return reconciliation;
    }

    /**
     * Applies what {@link PlanChanges} decides for each change, on the plan as the previous ones
     * left it; the edits of one task's description, priority and due date come last, as one event.
     */
    private void perform(List<FieldChange> changes) {
        Map<TaskId, List<FieldChange.TaskEdit>> taskEdits = new LinkedHashMap<>();
        for (FieldChange change : changes) {
            if (change instanceof FieldChange.TaskEdit edit) {
                taskEdits.computeIfAbsent(edit.task(), task -> new ArrayList<>()).add(edit);
            } else {
                decisions().decide(change).forEach(AggregateLifecycle::apply);
            }
        }
        taskEdits.forEach((task, edits) -> decisions().edit(task, edits).forEach(AggregateLifecycle::apply));
    }

    private PlanChanges decisions() {
        return new PlanChanges(id, status, title, version, contents);
    }

    private void rejectIfArchived() {
        if (status == PlanStatus.ARCHIVED) {
            throw PLAN_ARCHIVED.violated("plan %s is ARCHIVED and accepts no change", id);
        }
    }

    private static List<TaskId> distinct(List<TaskId> ids) {
        return ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids));
    }

    private static PlanChangeResult result(List<ConflictDetectedEvent> conflicts, List<ConflictResolvedEvent> settled) {
        return new PlanChangeResult(revision(), conflicts, settled);
    }

    // --- state -------------------------------------------------------------------------------

    /**
     * One handler for every event: the switch changes the state, and is exhaustive over the
     * plan's events, as is the field history's, which then records what the event set.
     */
    @EventSourcingHandler
    void on(PlanEvent event, @SequenceNumber long revision) {
        switch (event) {
            case PlanCreatedEvent e -> {
                id = e.planId();
                title = e.title();
                version = e.version();
                status = PlanStatus.DRAFT;
                conflictStrategy = e.conflictStrategy();
            }
            case PlanRenamedEvent e -> title = e.title();
            case PlanVersionChangedEvent e -> version = e.version();
            case PlanStatusChangedEvent e -> status = e.to();
            case ConflictStrategyChangedEvent e -> conflictStrategy = e.strategy();
            case PlanMarkdownImportedEvent e -> layout = new PlanLayout(e.markdown(), e.phaseIds(), e.taskIds());
            case PhaseAddedEvent e -> contents.addPhase(new Phase(e.phaseId(), e.number(), e.title()));
            case PhaseRenamedEvent e -> contents.renamePhase(e.phaseId(), e.title());
            case PhaseRemovedEvent e -> contents.removePhase(e.phaseId());
            case TaskAddedEvent e -> contents.addTask(Task.added(e.taskId(), e.phaseId(), e.description(),
                    e.priority(), e.dueDate(), e.prerequisites()));
            case TaskEditedEvent e -> contents.changeTask(e.taskId(),
                    task -> task.edited(e.description(), e.priority(), e.dueDate()));
            case TaskMovedEvent e -> contents.moveTask(e.taskId(), e.fromPhaseId(), e.toPhaseId(), e.position());
            case TaskRemovedEvent e -> contents.removeTask(e.taskId());
            case TaskStatusChangedEvent e -> contents.changeTask(e.taskId(), task -> task.withStatus(e.to()));
            case TaskPrerequisitesSetEvent e -> contents.changeTask(e.taskId(),
                    task -> task.withPrerequisites(e.prerequisites()));
            case TaskOverdueEvent e -> contents.changeTask(e.taskId(), task -> task.markedOverdue(e.dueDate()));
            case ConflictDetectedEvent e -> openConflicts.put(e.conflictId(),
                    OpenConflict.of(e));
            case ConflictResolvedEvent e -> {
                openConflicts.remove(e.conflictId());
                resolvedConflicts.add(e.conflictId());
            }
        }
        history.record(revision, event, contents);
    }
}

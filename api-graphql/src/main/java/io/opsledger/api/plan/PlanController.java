package io.opsledger.api.plan;

import io.opsledger.api.graphql.UserErrors;
import io.opsledger.api.messaging.CommandDispatcher;
import io.opsledger.api.plan.PlanInputs.AddPhaseInput;
import io.opsledger.api.plan.PlanInputs.AddTaskInput;
import io.opsledger.api.plan.PlanInputs.ChangeConflictStrategyInput;
import io.opsledger.api.plan.PlanInputs.ChangePlanStatusInput;
import io.opsledger.api.plan.PlanInputs.ChangePlanVersionInput;
import io.opsledger.api.plan.PlanInputs.CreatePlanInput;
import io.opsledger.api.plan.PlanInputs.EditTaskInput;
import io.opsledger.api.plan.PlanInputs.ImportPlanMarkdownInput;
import io.opsledger.api.plan.PlanInputs.MoveTaskInput;
import io.opsledger.api.plan.PlanInputs.RemovePhaseInput;
import io.opsledger.api.plan.PlanInputs.RemoveTaskInput;
import io.opsledger.api.plan.PlanInputs.RenamePhaseInput;
import io.opsledger.api.plan.PlanInputs.RenamePlanInput;
import io.opsledger.api.plan.PlanInputs.ResolveConflictInput;
import io.opsledger.api.plan.PlanInputs.SetTaskPrerequisitesInput;
import io.opsledger.api.plan.PlanInputs.SetTaskStatusInput;
import io.opsledger.kernel.plan.AddPhaseCommand;
import io.opsledger.kernel.plan.AddTaskCommand;
import io.opsledger.kernel.plan.ChangeConflictStrategyCommand;
import io.opsledger.kernel.plan.ChangePlanStatusCommand;
import io.opsledger.kernel.plan.ChangePlanVersionCommand;
import io.opsledger.kernel.plan.ConflictId;
import io.opsledger.kernel.plan.ConflictStatus;
import io.opsledger.kernel.plan.CreatePlanCommand;
import io.opsledger.kernel.plan.EditTaskCommand;
import io.opsledger.kernel.plan.FindConflictsQuery;
import io.opsledger.kernel.plan.ImportPlanMarkdownCommand;
import io.opsledger.kernel.plan.FindPlansQuery;
import io.opsledger.kernel.plan.MoveTaskCommand;
import io.opsledger.kernel.plan.PhaseId;
import io.opsledger.kernel.plan.PlanCommand;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.PlanStatus;
import io.opsledger.kernel.plan.PlanView;
import io.opsledger.kernel.plan.RemovePhaseCommand;
import io.opsledger.kernel.plan.RemoveTaskCommand;
import io.opsledger.kernel.plan.RenamePhaseCommand;
import io.opsledger.kernel.plan.RenamePlanCommand;
import io.opsledger.kernel.plan.ResolveConflictCommand;
import io.opsledger.kernel.plan.SetTaskPrerequisitesCommand;
import io.opsledger.kernel.plan.SetTaskStatusCommand;
import io.opsledger.kernel.plan.TaskId;
import io.opsledger.kernel.plan.markdown.PlanMarkdown;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;

@Controller
class PlanController {

    private final CommandDispatcher commands;
    private final PlanReader plans;

    PlanController(CommandDispatcher commands, PlanReader plans) {
        this.commands = commands;
        this.plans = plans;
    }

    @QueryMapping
    Mono<PlanView> plan(@Argument UUID id) {
        return plans.find(new PlanId(id));
    }

    @QueryMapping("plans")
    Mono<PlanConnection> plans(@Argument int first, @Argument String after, @Argument PlanStatus status) {
        return plans.findAll(new FindPlansQuery(status, first, after)).map(PlanConnection::of);
    }

    @SubscriptionMapping
    Flux<PlanView> planUpdated(@Argument UUID id, @Argument boolean includeCurrent) {
        return plans.watch(new PlanId(id), includeCurrent);
    }

    @MutationMapping
    Mono<PlanPayload> createPlan(@Argument CreatePlanInput input) {
        PlanId planId = input.id() == null ? PlanId.random() : new PlanId(input.id());
        return execute(new CreatePlanCommand(planId, input.title(), input.version(), input.conflictStrategy()),
                planId.value());
    }

    @MutationMapping
    Mono<PlanPayload> renamePlan(@Argument RenamePlanInput input) {
        return execute(new RenamePlanCommand(new PlanId(input.id()), input.title(), input.basedOn()), null);
    }

    @MutationMapping
    Mono<PlanPayload> changePlanVersion(@Argument ChangePlanVersionInput input) {
        return execute(new ChangePlanVersionCommand(new PlanId(input.id()), input.version(), input.basedOn()), null);
    }

    @MutationMapping
    Mono<PlanPayload> changePlanStatus(@Argument ChangePlanStatusInput input) {
        return execute(new ChangePlanStatusCommand(new PlanId(input.id()), input.status(), input.basedOn()), null);
    }

    @MutationMapping
    Mono<PlanPayload> addPhase(@Argument AddPhaseInput input) {
        PhaseId phaseId = input.phaseId() == null ? PhaseId.random() : new PhaseId(input.phaseId());
        return execute(new AddPhaseCommand(new PlanId(input.planId()), phaseId, input.number(), input.title()),
                phaseId.value());
    }

    @MutationMapping
    Mono<PlanPayload> renamePhase(@Argument RenamePhaseInput input) {
        return execute(new RenamePhaseCommand(new PlanId(input.planId()), new PhaseId(input.phaseId()),
                input.title(), input.basedOn()), null);
    }

    @MutationMapping
    Mono<PlanPayload> removePhase(@Argument RemovePhaseInput input) {
        return execute(new RemovePhaseCommand(new PlanId(input.planId()), new PhaseId(input.phaseId()),
                input.basedOn()), null);
    }

    @MutationMapping
    Mono<PlanPayload> addTask(@Argument AddTaskInput input) {
        TaskId taskId = input.taskId() == null ? TaskId.random() : new TaskId(input.taskId());
        return execute(new AddTaskCommand(new PlanId(input.planId()), taskId, new PhaseId(input.phaseId()),
                input.description(), input.priority(), input.dueDate(), taskIds(input.prerequisites())),
                taskId.value());
    }

    @MutationMapping
    Mono<PlanPayload> editTask(@Argument EditTaskInput input) {
        boolean clearDueDate = input.dueDate() != null && input.dueDate().isEmpty();
        return execute(new EditTaskCommand(new PlanId(input.planId()), new TaskId(input.taskId()),
                input.description(), input.priority(), clearDueDate ? null : input.dueDate(), clearDueDate,
                input.basedOn()), null);
    }

    @MutationMapping
    Mono<PlanPayload> moveTask(@Argument MoveTaskInput input) {
        return execute(new MoveTaskCommand(new PlanId(input.planId()), new TaskId(input.taskId()),
                new PhaseId(input.phaseId()), input.position(), input.basedOn()), null);
    }

    @MutationMapping
    Mono<PlanPayload> removeTask(@Argument RemoveTaskInput input) {
        return execute(new RemoveTaskCommand(new PlanId(input.planId()), new TaskId(input.taskId()),
                input.basedOn()), null);
    }

    @MutationMapping
    Mono<PlanPayload> setTaskStatus(@Argument SetTaskStatusInput input) {
        return execute(new SetTaskStatusCommand(new PlanId(input.planId()), new TaskId(input.taskId()),
                input.status(), input.basedOn()), null);
    }

    @MutationMapping
    Mono<PlanPayload> setTaskPrerequisites(@Argument SetTaskPrerequisitesInput input) {
        return execute(new SetTaskPrerequisitesCommand(new PlanId(input.planId()), new TaskId(input.taskId()),
                taskIds(input.prerequisites()), input.basedOn()), null);
    }

    @MutationMapping
    Mono<PlanPayload> resolveConflict(@Argument ResolveConflictInput input) {
        return execute(new ResolveConflictCommand(new PlanId(input.planId()), new ConflictId(input.conflictId()),
                input.resolution(), input.editedValue()), null);
    }

    @MutationMapping
    Mono<PlanPayload> changeConflictStrategy(@Argument ChangeConflictStrategyInput input) {
        return execute(new ChangeConflictStrategyCommand(new PlanId(input.id()), input.strategy()), null);
    }

    @MutationMapping
    Mono<PlanPayload> importPlanMarkdown(@Argument ImportPlanMarkdownInput input) {
        String markdown = input.markdown();
        PlanId named = input.planId() != null ? new PlanId(input.planId())
                : PlanMarkdown.parse(markdown).planId().orElse(null);
        PlanId planId = named == null ? PlanId.random() : named;
        Long basedOn = input.basedOnRevision() == null ? null : input.basedOnRevision().longValue();
        return execute(new ImportPlanMarkdownCommand(planId, markdown, basedOn, input.strategy()),
                named == null ? planId.value() : null);
    }

    @SchemaMapping(typeName = "Plan", field = "markdown")
    Mono<String> markdown(PlanView plan) {
        return plans.markdown(new PlanId(plan.id()));
    }

    @QueryMapping
    Mono<ConflictConnection> conflicts(@Argument int first, @Argument String after, @Argument ConflictStatus status,
                                       @Argument UUID planId) {
        return plans.conflicts(new FindConflictsQuery(planId == null ? null : new PlanId(planId), status, first, after))
                .map(ConflictConnection::of);
    }

    /**
     * Sends the command and answers with the plan once the read model shows the change (or, past
     * the wait, as far as it is known, flagged as behind), with the conflicts the change met.
     */
    private Mono<PlanPayload> execute(PlanCommand command, UUID createdId) {
        PlanId planId = command.planId();
        return commands.send(command, createdId)
                .flatMap(result -> plans.atLeast(PlanId.of(result.aggregateId()), result.revision())
                        .map(plan -> PlanPayload.of(plan, result)))
                .onErrorResume(failure -> UserErrors.from(failure, "Plan", planId.toString())
                        .map(error -> Mono.just(PlanPayload.failure(error)))
                        .orElseGet(() -> Mono.error(failure)));
    }

    private static List<TaskId> taskIds(List<UUID> ids) {
        return ids == null ? List.of() : ids.stream().map(TaskId::new).toList();
    }
}

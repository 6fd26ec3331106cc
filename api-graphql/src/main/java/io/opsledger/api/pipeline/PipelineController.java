package io.opsledger.api.pipeline;

import io.opsledger.api.graphql.UserErrors;
import io.opsledger.api.messaging.CommandDispatcher;
import io.opsledger.api.pipeline.PipelineInputs.CancelPipelineRunInput;
import io.opsledger.api.pipeline.PipelineInputs.ChangePipelineDefinitionInput;
import io.opsledger.api.pipeline.PipelineInputs.CompletePipelineRunInput;
import io.opsledger.api.pipeline.PipelineInputs.CompletePipelineStepInput;
import io.opsledger.api.pipeline.PipelineInputs.CreatePipelineInput;
import io.opsledger.api.pipeline.PipelineInputs.FailPipelineRunInput;
import io.opsledger.api.pipeline.PipelineInputs.FailPipelineStepInput;
import io.opsledger.api.pipeline.PipelineInputs.QueuePipelineRunInput;
import io.opsledger.api.pipeline.PipelineInputs.RetryPipelineRunInput;
import io.opsledger.api.pipeline.PipelineInputs.StartPipelineRunInput;
import io.opsledger.api.pipeline.PipelineInputs.StartPipelineStepInput;
import io.opsledger.kernel.pipeline.CancelPipelineRunCommand;
import io.opsledger.kernel.pipeline.ChangePipelineDefinitionCommand;
import io.opsledger.kernel.pipeline.CompletePipelineRunCommand;
import io.opsledger.kernel.pipeline.CompletePipelineStepCommand;
import io.opsledger.kernel.pipeline.CreatePipelineCommand;
import io.opsledger.kernel.pipeline.FailPipelineRunCommand;
import io.opsledger.kernel.pipeline.FailPipelineStepCommand;
import io.opsledger.kernel.pipeline.FindPipelineRunsQuery;
import io.opsledger.kernel.pipeline.FindPipelinesQuery;
import io.opsledger.kernel.pipeline.PipelineCommand;
import io.opsledger.kernel.pipeline.PipelineId;
import io.opsledger.kernel.pipeline.PipelineRunCommand;
import io.opsledger.kernel.pipeline.PipelineRunId;
import io.opsledger.kernel.pipeline.PipelineRunState;
import io.opsledger.kernel.pipeline.PipelineRunView;
import io.opsledger.kernel.pipeline.PipelineStatsView;
import io.opsledger.kernel.pipeline.PipelineView;
import io.opsledger.kernel.pipeline.QueuePipelineRunCommand;
import io.opsledger.kernel.pipeline.RetryPipelineRunCommand;
import io.opsledger.kernel.pipeline.StartPipelineRunCommand;
import io.opsledger.kernel.pipeline.StartPipelineStepCommand;
import io.opsledger.kernel.pipeline.StepName;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.UUID;
import java.util.function.Function;

@Controller
class PipelineController {

    private final CommandDispatcher commands;
    private final PipelineReader pipelines;

    PipelineController(CommandDispatcher commands, PipelineReader pipelines) {
        this.commands = commands;
        this.pipelines = pipelines;
    }

    @QueryMapping
    Mono<PipelineConnection> pipelines(@Argument int first, @Argument String after, @Argument String namespace) {
        return pipelines.findAll(new FindPipelinesQuery(namespace, first, after)).map(PipelineConnection::of);
    }

    @QueryMapping
    Mono<PipelineView> pipeline(@Argument UUID id) {
        return pipelines.find(new PipelineId(id));
    }

    @QueryMapping
    Mono<PipelineRunView> pipelineRun(@Argument UUID id) {
        return pipelines.run(new PipelineRunId(id));
    }

    @SchemaMapping(typeName = "Pipeline", field = "runs")
    Mono<PipelineRunConnection> runs(PipelineView pipeline, @Argument int first, @Argument String after,
                                     @Argument PipelineRunState state) {
        return pipelines.runs(new FindPipelineRunsQuery(new PipelineId(pipeline.id()), state, first, after))
                .map(PipelineRunConnection::of);
    }

    @SchemaMapping(typeName = "Pipeline", field = "successRate")
    Mono<Double> successRate(PipelineView pipeline) {
        return stat(pipeline, PipelineStatsView::successRate);
    }

    @SchemaMapping(typeName = "Pipeline", field = "p50Duration")
    Mono<Double> p50Duration(PipelineView pipeline) {
        return stat(pipeline, stats -> stats.p50DurationMillis() == null ? null : stats.p50DurationMillis().doubleValue());
    }

    @SchemaMapping(typeName = "Pipeline", field = "p95Duration")
    Mono<Double> p95Duration(PipelineView pipeline) {
        return stat(pipeline, stats -> stats.p95DurationMillis() == null ? null : stats.p95DurationMillis().doubleValue());
    }

    @SchemaMapping(typeName = "PipelineRun", field = "pipeline")
    Mono<PipelineView> pipeline(PipelineRunView run) {
        return pipelines.find(new PipelineId(run.pipelineId()));
    }

    @SubscriptionMapping
    Flux<PipelineRunView> pipelineRunUpdated(@Argument UUID pipelineId) {
        return pipelines.watch(pipelineId == null ? null : new PipelineId(pipelineId));
    }

    @MutationMapping
    Mono<PipelinePayload> createPipeline(@Argument CreatePipelineInput input) {
        PipelineId pipelineId = PipelineId.forJob(strip(input.namespace()), strip(input.name()));
        return execute(new CreatePipelineCommand(pipelineId, input.namespace(), input.name(),
                PipelineInputs.steps(input.steps()), PipelineInputs.retries(input.maxRetries()),
                PipelineInputs.timeout(input.timeoutSeconds())));
    }

    @MutationMapping
    Mono<PipelinePayload> changePipelineDefinition(@Argument ChangePipelineDefinitionInput input) {
        return execute(new ChangePipelineDefinitionCommand(new PipelineId(input.id()), PipelineInputs.steps(input.steps()),
                PipelineInputs.retries(input.maxRetries()), PipelineInputs.timeout(input.timeoutSeconds())));
    }

    @MutationMapping
    Mono<PipelineRunPayload> queuePipelineRun(@Argument QueuePipelineRunInput input) {
        PipelineRunId runId = input.runId() == null ? PipelineRunId.random() : new PipelineRunId(input.runId());
        return execute(new QueuePipelineRunCommand(runId, new PipelineId(input.pipelineId()), input.at()), runId.value());
    }

    @MutationMapping
    Mono<PipelineRunPayload> startPipelineRun(@Argument StartPipelineRunInput input) {
        return execute(new StartPipelineRunCommand(new PipelineRunId(input.runId()), input.at()));
    }

    @MutationMapping
    Mono<PipelineRunPayload> startPipelineStep(@Argument StartPipelineStepInput input) {
        return execute(new StartPipelineStepCommand(new PipelineRunId(input.runId()), step(input.step()), input.at()));
    }

    @MutationMapping
    Mono<PipelineRunPayload> completePipelineStep(@Argument CompletePipelineStepInput input) {
        return execute(new CompletePipelineStepCommand(new PipelineRunId(input.runId()), step(input.step()), input.at(),
                PipelineInputs.rows(input.rowsRead()), PipelineInputs.rows(input.rowsWritten())));
    }

    @MutationMapping
    Mono<PipelineRunPayload> failPipelineStep(@Argument FailPipelineStepInput input) {
        return execute(new FailPipelineStepCommand(new PipelineRunId(input.runId()), step(input.step()), input.at(),
                input.reason()));
    }

    @MutationMapping
    Mono<PipelineRunPayload> completePipelineRun(@Argument CompletePipelineRunInput input) {
        return execute(new CompletePipelineRunCommand(new PipelineRunId(input.runId()), input.at(),
                PipelineInputs.rows(input.rowsRead()), PipelineInputs.rows(input.rowsWritten())));
    }

    @MutationMapping
    Mono<PipelineRunPayload> failPipelineRun(@Argument FailPipelineRunInput input) {
        return execute(new FailPipelineRunCommand(new PipelineRunId(input.runId()), input.at(), input.reason()));
    }

    @MutationMapping
    Mono<PipelineRunPayload> cancelPipelineRun(@Argument CancelPipelineRunInput input) {
        return execute(new CancelPipelineRunCommand(new PipelineRunId(input.runId()), input.at(), input.reason()));
    }

    /** Answers with the new attempt, once the read model holds it. */
    @MutationMapping
    Mono<PipelineRunPayload> retryPipelineRun(@Argument RetryPipelineRunInput input) {
        PipelineRunId next = input.newRunId() == null ? PipelineRunId.random() : new PipelineRunId(input.newRunId());
        return execute(new RetryPipelineRunCommand(new PipelineRunId(input.runId()), next, input.at()), next.value());
    }

    private Mono<Double> stat(PipelineView pipeline, Function<PipelineStatsView, Double> figure) {
        return pipelines.stats(new PipelineId(pipeline.id())).mapNotNull(figure);
    }

    private static StepName step(String name) {
        return name == null ? null : new StepName(name);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /** Sends the command and answers with the pipeline once the read model shows the change. */
    private Mono<PipelinePayload> execute(PipelineCommand command) {
        PipelineId pipelineId = command.pipelineId();
        return commands.send(command, command instanceof CreatePipelineCommand ? pipelineId.value() : null)
                .flatMap(result -> pipelines.atLeast(PipelineId.of(result.aggregateId()), result.revision())
                        .map(pipeline -> PipelinePayload.success(pipeline, result.createdId())))
                .onErrorResume(failure -> UserErrors.from(failure, "Pipeline", pipelineId.toString())
                        .map(error -> Mono.just(PipelinePayload.failure(error)))
                        .orElseGet(() -> Mono.error(failure)));
    }

    private Mono<PipelineRunPayload> execute(PipelineRunCommand command) {
        return execute(command, null);
    }

    /**
     * Sends the command and answers with the run once the read model shows the change: the
     * command's own run, or the run it created ({@code createdId}: a retry creates the next
     * attempt, which is awaited at its first revision).
     */
    private Mono<PipelineRunPayload> execute(PipelineRunCommand command, UUID createdId) {
        return commands.send(command, createdId)
                .flatMap(result -> {
                    boolean other = result.createdId() != null && !result.createdId().toString().equals(result.aggregateId());
                    PipelineRunId shown = other ? new PipelineRunId(result.createdId()) : PipelineRunId.of(result.aggregateId());
                    return pipelines.atLeast(shown, other ? 0 : result.revision())
                            .map(run -> PipelineRunPayload.success(run, result.createdId()));
                })
                .onErrorResume(failure -> UserErrors.from(failure, "PipelineRun", command.runId().toString())
                        .map(error -> Mono.just(PipelineRunPayload.failure(error)))
                        .orElseGet(() -> Mono.error(failure)));
    }
}

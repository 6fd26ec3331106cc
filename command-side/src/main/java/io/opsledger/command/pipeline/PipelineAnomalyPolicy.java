package io.opsledger.command.pipeline;

import io.opsledger.kernel.pipeline.PipelineRunSucceededEvent;
import io.opsledger.kernel.pipeline.RecordPipelineRunOutcomeCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Brings each succeeded run's figures to its pipeline, which judges them against its history and
 * raises {@code PipelineRunAnomalyDetectedEvent}. A tracking processor of its own, so that a slow
 * or failing pipeline aggregate never holds up a read model; replays skip it (the outcomes are
 * already in the pipelines' event streams), and an outcome delivered twice counts once.
 */
@Component
@ProcessingGroup(PipelineAnomalyPolicy.PROCESSING_GROUP)
class PipelineAnomalyPolicy {

    static final String PROCESSING_GROUP = "pipeline-anomaly-policy";

    private final CommandGateway commandGateway;

    PipelineAnomalyPolicy(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @EventHandler
    @DisallowReplay
    void on(PipelineRunSucceededEvent event) {
        commandGateway.sendAndWait(new RecordPipelineRunOutcomeCommand(event.pipelineId(), event.runId(),
                event.durationMillis(), event.rowsWritten(), event.finishedAt()));
    }
}

package io.opsledger.api.backup;

import io.opsledger.api.backup.BackupInputs.ApplyBackupRetentionInput;
import io.opsledger.api.backup.BackupInputs.CreateBackupJobInput;
import io.opsledger.api.backup.BackupInputs.ReconfigureBackupJobInput;
import io.opsledger.api.backup.BackupInputs.RotateBackupJobPingInput;
import io.opsledger.api.backup.BackupInputs.RecordBackupFailureInput;
import io.opsledger.api.backup.BackupInputs.RecordBackupLogInput;
import io.opsledger.api.backup.BackupInputs.RecordBackupSuccessInput;
import io.opsledger.api.backup.BackupInputs.RetentionPolicyInput;
import io.opsledger.api.backup.BackupInputs.ScanBackupJobInput;
import io.opsledger.api.backup.BackupInputs.StartBackupRunInput;
import io.opsledger.api.backup.BackupInputs.VerifyBackupRunInput;
import io.opsledger.api.graphql.UserErrors;
import io.opsledger.api.messaging.CommandDispatcher;
import io.opsledger.kernel.backup.ApplyBackupRetentionCommand;
import io.opsledger.kernel.backup.BackupJobCommand;
import io.opsledger.kernel.backup.BackupJobId;
import io.opsledger.kernel.backup.BackupJobStatus;
import io.opsledger.kernel.backup.BackupJobView;
import io.opsledger.kernel.backup.BackupRule;
import io.opsledger.kernel.backup.BackupRunId;
import io.opsledger.kernel.backup.CreateBackupJobCommand;
import io.opsledger.kernel.backup.FindBackupJobsQuery;
import io.opsledger.kernel.backup.ReconfigureBackupJobCommand;
import io.opsledger.kernel.backup.RotateBackupPingCommand;
import io.opsledger.kernel.backup.RecordBackupFailureCommand;
import io.opsledger.kernel.backup.RecordBackupLogCommand;
import io.opsledger.kernel.backup.RecordBackupSuccessCommand;
import io.opsledger.kernel.backup.RunOrigin;
import io.opsledger.kernel.backup.StartBackupRunCommand;
import io.opsledger.kernel.backup.VerifyBackupRunCommand;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

@Controller
class BackupController {

    private final CommandDispatcher commands;
    private final BackupReader backups;
    private final BackupDirectoryScanner scanner;

    BackupController(CommandDispatcher commands, BackupReader backups, BackupDirectoryScanner scanner) {
        this.commands = commands;
        this.backups = backups;
        this.scanner = scanner;
    }

    @QueryMapping
    Mono<BackupJobView> backupJob(@Argument UUID id) {
        return backups.find(new BackupJobId(id));
    }

    @QueryMapping
    Mono<BackupJobConnection> backupJobs(@Argument int first, @Argument String after, @Argument BackupJobStatus status) {
        return backups.findAll(new FindBackupJobsQuery(status, first, after)).map(BackupJobConnection::of);
    }

    @SubscriptionMapping
    Flux<BackupJobView> backupJobUpdated(@Argument UUID id) {
        return id == null ? backups.watchAll() : backups.watch(new BackupJobId(id), false);
    }

    @MutationMapping
    Mono<BackupJobPayload> createBackupJob(@Argument CreateBackupJobInput input) {
        BackupJobId jobId = input.id() == null ? BackupJobId.random() : new BackupJobId(input.id());
        UUID pingUuid = input.pingUuid() == null ? UUID.randomUUID() : input.pingUuid();
        return execute(new CreateBackupJobCommand(jobId, input.name(), input.source(),
                Duration.ofSeconds(input.intervalSeconds()), Duration.ofSeconds(input.graceSeconds()),
                RetentionPolicyInput.toPolicy(input.retention()), pingUuid, input.scan()), jobId.value());
    }

    @MutationMapping
    Mono<BackupJobPayload> reconfigureBackupJob(@Argument ReconfigureBackupJobInput input) {
        return execute(new ReconfigureBackupJobCommand(new BackupJobId(input.id()), input.name(), input.source(),
                Duration.ofSeconds(input.intervalSeconds()), Duration.ofSeconds(input.graceSeconds()),
                RetentionPolicyInput.toPolicy(input.retention()), input.scan()), null);
    }

    @MutationMapping
    Mono<BackupJobPayload> rotateBackupJobPing(@Argument RotateBackupJobPingInput input) {
        return execute(new RotateBackupPingCommand(new BackupJobId(input.id()), UUID.randomUUID()), null);
    }

    @MutationMapping
    Mono<BackupJobPayload> startBackupRun(@Argument StartBackupRunInput input) {
        BackupRunId runId = input.runId() == null ? BackupRunId.random() : new BackupRunId(input.runId());
        return execute(new StartBackupRunCommand(new BackupJobId(input.jobId()), runId, RunOrigin.API, input.at()),
                runId.value());
    }

    @MutationMapping
    Mono<BackupJobPayload> recordBackupSuccess(@Argument RecordBackupSuccessInput input) {
        BackupRunId runId = input.runId() == null ? BackupRunId.random() : new BackupRunId(input.runId());
        Long size = input.sizeBytes() == null ? null : input.sizeBytes().longValue();
        return execute(new RecordBackupSuccessCommand(new BackupJobId(input.jobId()), runId, input.runId() == null,
                RunOrigin.API, input.at(), size, input.sha256(), input.log()), runId.value());
    }

    @MutationMapping
    Mono<BackupJobPayload> recordBackupFailure(@Argument RecordBackupFailureInput input) {
        BackupRunId runId = input.runId() == null ? BackupRunId.random() : new BackupRunId(input.runId());
        return execute(new RecordBackupFailureCommand(new BackupJobId(input.jobId()), runId, input.runId() == null,
                RunOrigin.API, input.at(), input.reason(), input.exitStatus(), input.log()),
                runId.value());
    }

    @MutationMapping
    Mono<BackupJobPayload> recordBackupLog(@Argument RecordBackupLogInput input) {
        return execute(new RecordBackupLogCommand(new BackupJobId(input.jobId()), input.at(), input.log()), null);
    }

    @MutationMapping
    Mono<BackupJobPayload> verifyBackupRun(@Argument VerifyBackupRunInput input) {
        BackupRunId runId = new BackupRunId(input.runId());
        return execute(new VerifyBackupRunCommand(new BackupJobId(input.jobId()), runId, input.sha256(), input.at()),
                runId.value());
    }

    @MutationMapping
    Mono<BackupJobPayload> applyBackupRetention(@Argument ApplyBackupRetentionInput input) {
        return execute(new ApplyBackupRetentionCommand(new BackupJobId(input.jobId())), null);
    }

    @MutationMapping
    Mono<ScanBackupJobPayload> scanBackupJob(@Argument ScanBackupJobInput input) {
        BackupJobId jobId = new BackupJobId(input.id());
        return backups.scanTargets(jobId)
                .flatMap(targets -> targets.targets().isEmpty() ? notScannable(jobId) : scanner.scan(targets.targets().getFirst()))
                .flatMap(result -> backups.atLeast(jobId, result.revision())
                        .map(job -> new ScanBackupJobPayload(job.value(), result.filesScanned(), List.of(), job.behind())))
                .onErrorResume(failure -> UserErrors.from(failure, "BackupJob", jobId.toString())
                        .map(error -> Mono.just(ScanBackupJobPayload.failure(error)))
                        .orElseGet(() -> Mono.error(failure)));
    }

    /** Why a job has nothing to scan: it does not exist, or it has no scan directory. */
    private Mono<BackupDirectoryScanner.ScanResult> notScannable(BackupJobId jobId) {
        return backups.find(jobId)
                .flatMap(job -> Mono.<BackupDirectoryScanner.ScanResult>error(BackupRule.SCAN_NOT_CONFIGURED
                        .violated("backup job %s has no scan directory; set one with reconfigureBackupJob", jobId)))
                .switchIfEmpty(Mono.error(new AggregateNotFoundException(
                        jobId.toString(), "backup job %s does not exist".formatted(jobId))));
    }

    /**
     * Sends the command and answers with the job once the read model shows the change (or, past
     * the wait, as far as it is known, flagged as behind), with the run it concerned.
     */
    private Mono<BackupJobPayload> execute(BackupJobCommand command, UUID runId) {
        BackupJobId jobId = command.jobId();
        return commands.send(command, runId)
                .flatMap(result -> backups.atLeast(BackupJobId.of(result.aggregateId()), result.revision())
                        .map(job -> BackupJobPayload.success(job, result.createdId(),
                                command instanceof CreateBackupJobCommand ? null : result.createdId())))
                .onErrorResume(failure -> UserErrors.from(failure, "BackupJob", jobId.toString())
                        .map(error -> Mono.just(BackupJobPayload.failure(error)))
                        .orElseGet(() -> Mono.error(failure)));
    }
}

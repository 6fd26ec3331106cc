package io.opsledger.kernel.backup;

import io.opsledger.kernel.limits.ClientTime;
import io.opsledger.kernel.limits.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A backup was read back (a restore test, a re-hash): it is verified when the hash matches the recorded one, else its verification failed. */
public record VerifyBackupRunCommand(@TargetAggregateIdentifier BackupJobId jobId, BackupRunId runId, @Text(max = 64) String sha256, @ClientTime Instant at) implements BackupJobCommand {
}

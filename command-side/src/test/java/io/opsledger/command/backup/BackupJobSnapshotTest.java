package io.opsledger.command.backup;

import io.opsledger.command.snapshot.SnapshotRoundTrip;
import io.opsledger.kernel.backup.BackupJobId;
import io.opsledger.kernel.backup.BackupOverdueClearedEvent;
import io.opsledger.kernel.backup.BackupOverdueEvent;
import io.opsledger.kernel.backup.BackupRunExpiredEvent;
import io.opsledger.kernel.backup.BackupRunFailedEvent;
import io.opsledger.kernel.backup.BackupRunPromotedEvent;
import io.opsledger.kernel.backup.BackupRunVerificationFailedEvent;
import io.opsledger.kernel.backup.RetentionTier;
import io.opsledger.kernel.backup.RunOrigin;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.opsledger.command.backup.BackupFixture.SHA_A;
import static io.opsledger.command.backup.BackupFixture.SHA_B;
import static io.opsledger.command.backup.BackupFixture.T0;
import static io.opsledger.command.backup.BackupFixture.created;
import static io.opsledger.command.backup.BackupFixture.runId;
import static io.opsledger.command.backup.BackupFixture.scanned;
import static io.opsledger.command.backup.BackupFixture.started;
import static io.opsledger.command.backup.BackupFixture.succeeded;
import static io.opsledger.command.backup.BackupFixture.verified;

/** A backup job restored from a snapshot holds what a full replay builds: its runs, their files and tiers. */
class BackupJobSnapshotTest {

    @Test
    void aSnapshotRestoresEveryFieldAFullReplayBuilds() {
        BackupJobId job = BackupJobId.random();
        List<Object> history = List.of(created(job),
                new BackupOverdueEvent(job, T0, null),
                started(job, "one", T0),
                succeeded(job, "one", T0.plusSeconds(60), SHA_A),
                new BackupOverdueClearedEvent(job, runId("one"), T0.plusSeconds(60)),
                verified(job, "one", T0.plusSeconds(120), SHA_A),
                new BackupRunPromotedEvent(job, runId("one"), RetentionTier.WEEKLY),
                scanned(job, "two", "db01-2.tar.gz", T0.plusSeconds(3600), SHA_B),
                new BackupRunVerificationFailedEvent(job, runId("two"), SHA_B, SHA_A, T0.plusSeconds(3700)));
        List<Object> after = List.of(
                new BackupRunFailedEvent(job, runId("three"), RunOrigin.API, T0.plusSeconds(7200), T0.plusSeconds(7300),
                        "disk full", 1, null),
                new BackupRunExpiredEvent(job, runId("two"), "db01-2.tar.gz"));

        SnapshotRoundTrip.assertSnapshotRestoresState(BackupJob.class, job.toString(), history, after);
    }
}

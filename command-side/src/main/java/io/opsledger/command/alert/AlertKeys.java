package io.opsledger.command.alert;

import io.opsledger.kernel.backup.BackupJobId;
import io.opsledger.kernel.pipeline.PipelineId;
import io.opsledger.kernel.plan.ConflictId;
import io.opsledger.kernel.plan.TaskId;

/**
 * The key of every alert a policy raises, in one place. A key is a pure function of what the alert
 * is about (kind and subject id), never of time or of the instance handling the event: a redelivered
 * event, a second instance or a later clear all name the same alert stream
 * ({@code AlertStreamId.forKey}).
 */
final class AlertKeys {

    private AlertKeys() {
    }

    static String backupOverdue(BackupJobId job) {
        return "backup-overdue:" + job;
    }

    static String backupFailed(BackupJobId job) {
        return "backup-failed:" + job;
    }

    static String backupVerification(BackupJobId job) {
        return "backup-verification:" + job;
    }

    static String planConflict(ConflictId conflict) {
        return "plan-conflict:" + conflict;
    }

    static String taskOverdue(TaskId task) {
        return "task-overdue:" + task;
    }

    static String pipelineFailed(PipelineId pipeline) {
        return "pipeline-failed:" + pipeline;
    }

    static String pipelineTimedOut(PipelineId pipeline) {
        return "pipeline-timed-out:" + pipeline;
    }

    static String pipelineAnomaly(PipelineId pipeline) {
        return "pipeline-anomaly:" + pipeline;
    }
}

-- Read models of the backup-status projection. Rebuildable from the event store at any time;
-- revision is the sequence number of the last job event applied, which makes every write
-- idempotent (an event at or below it is skipped).

CREATE TABLE backup_job (
    job_id           UUID          NOT NULL PRIMARY KEY,
    name             VARCHAR(200)  NOT NULL,
    source           VARCHAR(1000) NOT NULL,
    interval_seconds BIGINT        NOT NULL,
    grace_seconds    BIGINT        NOT NULL,
    keep_daily       INTEGER       NOT NULL,
    keep_weekly      INTEGER       NOT NULL,
    keep_monthly     INTEGER       NOT NULL,
    -- The Healthchecks-style ping address; the lookup the ping endpoint makes on every request.
    ping_uuid        UUID          NOT NULL,
    scan_directory   VARCHAR(4000),
    scan_glob        VARCHAR(400),
    allow_delete     BOOLEAN       NOT NULL DEFAULT FALSE,
    status           VARCHAR(20)   NOT NULL,
    overdue          BOOLEAN       NOT NULL DEFAULT FALSE,
    last_run_failed  BOOLEAN       NOT NULL DEFAULT FALSE,
    last_success_at  TIMESTAMP WITH TIME ZONE,
    last_failure_at  TIMESTAMP WITH TIME ZONE,
    next_due_at      TIMESTAMP WITH TIME ZONE,
    run_count        INTEGER       NOT NULL DEFAULT 0,
    revision         BIGINT        NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT backup_job_ping_uuid UNIQUE (ping_uuid)
);
CREATE INDEX backup_job_by_created ON backup_job (created_at, job_id);
CREATE INDEX backup_job_by_status ON backup_job (status, created_at, job_id);

CREATE TABLE backup_run (
    job_id       UUID          NOT NULL,
    run_id       UUID          NOT NULL,
    origin       VARCHAR(10)   NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE,
    finished_at  TIMESTAMP WITH TIME ZONE,
    duration_ms  BIGINT,
    size_bytes   BIGINT,
    sha256       VARCHAR(64),
    file_name    VARCHAR(1000),
    exit_status  INTEGER,
    reason       VARCHAR(2000),
    log          TEXT,
    verified_at  TIMESTAMP WITH TIME ZONE,
    tier         VARCHAR(10),
    expired_at   TIMESTAMP WITH TIME ZONE,
    -- When the run was first reported: the order runs are listed in.
    reported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (job_id, run_id)
);
CREATE INDEX backup_run_by_job ON backup_run (job_id, reported_at);

-- Logs reported without a run to attach to (Healthchecks' /log outside a start..end pair).
CREATE TABLE backup_log (
    job_id    UUID   NOT NULL,
    revision  BIGINT NOT NULL,
    logged_at TIMESTAMP WITH TIME ZONE NOT NULL,
    log       TEXT,
    PRIMARY KEY (job_id, revision)
);

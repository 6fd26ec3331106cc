-- Read models of the pipeline-runs projection. Rebuildable from the event store at any time;
-- revision is the sequence number of the last event of the pipeline (pipeline table) or of the
-- run (pipeline_run table) applied, which makes every write idempotent.

CREATE TABLE pipeline (
    pipeline_id        UUID         NOT NULL PRIMARY KEY,
    namespace          VARCHAR(200) NOT NULL,
    name               VARCHAR(200) NOT NULL,
    origin             VARCHAR(20)  NOT NULL,
    definition_version INTEGER      NOT NULL,
    -- The steps of the current definition as JSON: [{"name", "kind", "dependsOn": [...]}].
    steps              TEXT         NOT NULL,
    max_retries        INTEGER      NOT NULL,
    timeout_seconds    BIGINT,
    run_count          INTEGER      NOT NULL DEFAULT 0,
    revision           BIGINT       NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX pipeline_by_created ON pipeline (created_at, pipeline_id);
CREATE INDEX pipeline_by_namespace ON pipeline (namespace, created_at, pipeline_id);

CREATE TABLE pipeline_run (
    run_id             UUID        NOT NULL PRIMARY KEY,
    pipeline_id        UUID        NOT NULL,
    state              VARCHAR(20) NOT NULL,
    attempt            INTEGER     NOT NULL,
    retry_of           UUID,
    retried_by         UUID,
    -- Attempt 1 of the run's retry chain: every attempt of a chain shares it.
    first_attempt      UUID        NOT NULL,
    definition_version INTEGER     NOT NULL,
    origin             VARCHAR(20) NOT NULL,
    openlineage_run_id UUID,
    queued_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at         TIMESTAMP WITH TIME ZONE,
    finished_at        TIMESTAMP WITH TIME ZONE,
    timeout_at         TIMESTAMP WITH TIME ZONE,
    duration_ms        BIGINT,
    rows_read          BIGINT,
    rows_written       BIGINT,
    reason             VARCHAR(2000),
    revision           BIGINT      NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX pipeline_run_by_pipeline ON pipeline_run (pipeline_id, queued_at, run_id);
CREATE INDEX pipeline_run_by_chain ON pipeline_run (first_attempt, attempt);

CREATE TABLE pipeline_run_step (
    run_id       UUID         NOT NULL,
    name         VARCHAR(200) NOT NULL,
    position     INTEGER      NOT NULL,
    kind         VARCHAR(10)  NOT NULL,
    depends_on   TEXT         NOT NULL,
    state        VARCHAR(20)  NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE,
    finished_at  TIMESTAMP WITH TIME ZONE,
    rows_read    BIGINT,
    rows_written BIGINT,
    reason       VARCHAR(2000),
    PRIMARY KEY (run_id, name)
);

-- Every OpenLineage event a run was reported with, keyed by the run revision that recorded it.
CREATE TABLE pipeline_run_lineage (
    run_id     UUID        NOT NULL,
    revision   BIGINT      NOT NULL,
    event_type VARCHAR(10) NOT NULL,
    event_time TIMESTAMP WITH TIME ZONE NOT NULL,
    producer   VARCHAR(2000),
    inputs     TEXT        NOT NULL,
    outputs    TEXT        NOT NULL,
    run_facets TEXT,
    job_facets TEXT,
    PRIMARY KEY (run_id, revision)
);

-- The datasets a run read (IN) and wrote (OUT), across all its events; the latest facets win.
CREATE TABLE pipeline_run_dataset (
    run_id    UUID          NOT NULL,
    direction VARCHAR(3)    NOT NULL,
    namespace VARCHAR(1000) NOT NULL,
    name      VARCHAR(1000) NOT NULL,
    facets    TEXT,
    PRIMARY KEY (run_id, direction, namespace, name)
);

CREATE TABLE pipeline_run_anomaly (
    run_id       UUID             NOT NULL,
    metric       VARCHAR(20)      NOT NULL,
    observed     DOUBLE PRECISION NOT NULL,
    median       DOUBLE PRECISION NOT NULL,
    mad          DOUBLE PRECISION NOT NULL,
    k            DOUBLE PRECISION NOT NULL,
    history_size INTEGER          NOT NULL,
    lower_bound  DOUBLE PRECISION NOT NULL,
    upper_bound  DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (run_id, metric)
);

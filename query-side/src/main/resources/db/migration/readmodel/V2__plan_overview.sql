-- Read models of the plan-overview projection. Rebuildable from the event store at any time;
-- revision is the sequence number of the last plan event applied, which makes every write
-- idempotent (an event at or below it is skipped).

CREATE TABLE plan_summary (
    plan_id         UUID             NOT NULL PRIMARY KEY,
    title           VARCHAR(200)     NOT NULL,
    version         VARCHAR(20)      NOT NULL,
    status          VARCHAR(20)      NOT NULL,
    progress        DOUBLE PRECISION NOT NULL DEFAULT 0,
    phase_count     INTEGER          NOT NULL DEFAULT 0,
    task_count      INTEGER          NOT NULL DEFAULT 0,
    done_task_count INTEGER          NOT NULL DEFAULT 0,
    revision        BIGINT           NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX plan_summary_by_created ON plan_summary (created_at, plan_id);
CREATE INDEX plan_summary_by_status ON plan_summary (status, created_at, plan_id);

CREATE TABLE plan_phase (
    plan_id      UUID             NOT NULL,
    phase_id     UUID             NOT NULL,
    phase_number INTEGER          NOT NULL,
    title        VARCHAR(200)     NOT NULL,
    progress     DOUBLE PRECISION NOT NULL DEFAULT 0,
    PRIMARY KEY (plan_id, phase_id)
);

CREATE TABLE plan_task (
    plan_id     UUID          NOT NULL,
    task_id     UUID          NOT NULL,
    phase_id    UUID          NOT NULL,
    task_order  INTEGER       NOT NULL,
    description VARCHAR(2000) NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    priority    VARCHAR(20)   NOT NULL,
    due_date    DATE,
    PRIMARY KEY (plan_id, task_id)
);
CREATE INDEX plan_task_by_phase ON plan_task (plan_id, phase_id, task_order);

CREATE TABLE plan_task_prerequisite (
    plan_id         UUID    NOT NULL,
    task_id         UUID    NOT NULL,
    prerequisite_id UUID    NOT NULL,
    ordinal         INTEGER NOT NULL,
    PRIMARY KEY (plan_id, task_id, prerequisite_id)
);

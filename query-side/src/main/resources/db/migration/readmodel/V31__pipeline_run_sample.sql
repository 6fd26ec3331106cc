-- The runs the pipeline-runs-by-state data source counts: one row per run and state it entered.
-- The pipeline feature is built on another branch; until it merges, nothing writes here and the
-- widget draws empty series. Its projection will fill this table from the run events.

CREATE TABLE pipeline_run_state_sample (
    run_id     UUID        NOT NULL,
    run_state  VARCHAR(20) NOT NULL,
    entered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (run_id, run_state)
);
CREATE INDEX pipeline_run_state_sample_by_time ON pipeline_run_state_sample (entered_at);

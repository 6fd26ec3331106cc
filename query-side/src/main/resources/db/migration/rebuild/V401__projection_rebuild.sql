-- The last rebuild and the last consistency check of each processing group. A row still RUNNING
-- when the process starts is a rebuild a crash interrupted: it is resumed.
CREATE TABLE projection_rebuild (
    processing_group VARCHAR(255)  NOT NULL,
    purpose          VARCHAR(16)   NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    shadow_schema    VARCHAR(255)  NOT NULL,
    started_at       VARCHAR(64)   NOT NULL,
    finished_at      VARCHAR(64),
    final_position   BIGINT,
    message          VARCHAR(4000),
    differing_rows   BIGINT        NOT NULL DEFAULT 0,
    differences      VARCHAR(20000),
    PRIMARY KEY (processing_group, purpose)
);

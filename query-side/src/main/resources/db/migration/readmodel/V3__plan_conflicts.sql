-- Conflicts met by plan changes based on older revisions, open and resolved, and each plan's
-- default strategy. Part of the plan-overview projection: rebuilt with it.

ALTER TABLE plan_summary ADD COLUMN conflict_strategy VARCHAR(20) NOT NULL DEFAULT 'AUTO_MERGE';
ALTER TABLE plan_summary ADD COLUMN open_conflict_count INTEGER NOT NULL DEFAULT 0;

CREATE TABLE plan_conflict (
    conflict_id       UUID         NOT NULL PRIMARY KEY,
    plan_id           UUID         NOT NULL,
    conflict_type     VARCHAR(30)  NOT NULL,
    strategy          VARCHAR(20)  NOT NULL,
    based_on_revision BIGINT       NOT NULL,
    field             VARCHAR(50)  NOT NULL,
    entity_id         UUID         NOT NULL,
    base_value        VARCHAR(2000),
    current_value     VARCHAR(2000),
    incoming_value    VARCHAR(2000),
    status            VARCHAR(10)  NOT NULL,
    resolution        VARCHAR(20),
    resolved_value    VARCHAR(2000),
    detected_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX plan_conflict_by_status ON plan_conflict (status, detected_at, conflict_id);
CREATE INDEX plan_conflict_by_plan ON plan_conflict (plan_id, status, detected_at);

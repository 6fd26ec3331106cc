-- Alerts as the alert-feed projection keeps them: one row per alert (a key's successive alerts are
-- separate rows). revision is the sequence number, in the key's stream, of the last event applied.

CREATE TABLE alert (
    alert_id               UUID          NOT NULL PRIMARY KEY,
    stream_id              UUID          NOT NULL,
    alert_key              VARCHAR(300)  NOT NULL,
    kind                   VARCHAR(40)   NOT NULL,
    severity               VARCHAR(10)   NOT NULL,
    severity_rank          INTEGER       NOT NULL,
    status                 VARCHAR(15)   NOT NULL,
    title                  VARCHAR(300)  NOT NULL,
    message                VARCHAR(4000),
    subject_type           VARCHAR(40),
    subject_id             UUID,
    occurrences            INTEGER       NOT NULL,
    raised_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    last_raised_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_by        VARCHAR(200),
    acknowledge_comment    VARCHAR(2000),
    acknowledged_at        TIMESTAMP WITH TIME ZONE,
    resolved_at            TIMESTAMP WITH TIME ZONE,
    resolved_automatically BOOLEAN,
    resolved_by            VARCHAR(200),
    resolve_reason         VARCHAR(2000),
    revision               BIGINT        NOT NULL
);
CREATE INDEX alert_by_raise ON alert (raised_at, alert_id);
CREATE INDEX alert_by_status ON alert (status, severity_rank);

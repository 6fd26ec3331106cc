-- The correlation index of the audit: which stored events (by global position) one request caused.
CREATE TABLE audit_correlation (
    global_index   BIGINT       NOT NULL PRIMARY KEY,
    correlation_id VARCHAR(255) NOT NULL
);
CREATE INDEX audit_correlation_by_id ON audit_correlation (correlation_id, global_index);

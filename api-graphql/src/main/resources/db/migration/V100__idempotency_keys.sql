-- The outcome of each mutation sent with an idempotency key, so that a retry with the same key
-- answers the first outcome and appends nothing. The row is written in the command's own
-- transaction: a concurrent duplicate waits on its key and then finds the outcome.
CREATE TABLE idempotency_key (
    idem_key    VARCHAR(300)     NOT NULL PRIMARY KEY,
    outcome     VARCHAR(1000000),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX idempotency_key_recorded_at ON idempotency_key (recorded_at);

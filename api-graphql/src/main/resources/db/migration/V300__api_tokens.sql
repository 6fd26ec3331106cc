-- API tokens (docs/security.md). Only a SHA-256 hash of each token is stored: the token itself is
-- shown once, when it is created. A revoked token keeps its row, so that who held it stays known.
CREATE TABLE api_token (
    token_id     UUID         NOT NULL PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    role         VARCHAR(16)  NOT NULL,
    -- Hex SHA-256 of the token; the lookup every authenticated request makes.
    token_hash   VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(200) NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    expires_at   TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    revoked_by   VARCHAR(200),
    CONSTRAINT api_token_hash UNIQUE (token_hash)
);

CREATE INDEX api_token_name ON api_token (name);

package io.opsledger.kernel.backup;

/** How a run was reported: through GraphQL, a Healthchecks-style ping, or the directory scanner. */
public enum RunOrigin { API, PING, SCAN }

package io.opsledger.kernel.plan;

/** How a conflict was closed. */
public enum ConflictResolution {
    /** The incoming value was applied (by SOURCE_PRIORITY or by a person choosing it). */
    TOOK_INCOMING,
    /** The stored value was kept (by TARGET_PRIORITY or by a person choosing it). */
    KEPT_CURRENT,
    /** A person wrote a third value. */
    EDITED
}

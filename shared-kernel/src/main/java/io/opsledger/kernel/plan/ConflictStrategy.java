package io.opsledger.kernel.plan;

/**
 * What happens when a change based on an older revision meets a field that changed since then
 * to something else. Chosen per plan, overridable per command.
 */
public enum ConflictStrategy {
    /** Changes to different fields merge; a field changed on both sides falls back to MANUAL. */
    AUTO_MERGE,
    /** The incoming change wins; the value it replaces is recorded in the conflict. */
    SOURCE_PRIORITY,
    /** The stored state wins; the incoming value is recorded in the conflict and not applied. */
    TARGET_PRIORITY,
    /** The conflict stays open, with base, current and incoming values, until it is resolved. */
    MANUAL
}

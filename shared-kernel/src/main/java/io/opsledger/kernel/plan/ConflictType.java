package io.opsledger.kernel.plan;

/** The kind of divergence between a stale change and what happened meanwhile. */
public enum ConflictType {
    /** Text diverged: a plan, phase or task title or description. */
    CONTENT_DIVERGENCE,
    /** The shape diverged: tasks moved or removed, phases removed, prerequisites rewired. */
    STRUCTURE_CHANGE,
    /** Descriptive data diverged: version label, plan status, priority, due date. */
    METADATA_MISMATCH,
    /** Task states diverged, so the two sides disagree on progress. */
    PROGRESS_INCONSISTENCY
}

package io.opsledger.kernel.search;

/** The kinds of entity the search index holds, one document per entity. */
public enum SearchKind {
    PLAN, TASK, PIPELINE, BACKUP_JOB, ALERT, CONFLICT
}

package io.opsledger.kernel.search;

import java.util.UUID;

/**
 * Tasks whose description means nearly the same, closest first, leaving out {@code taskId}
 * itself. The meaning is that of {@code text} when given, else that of task {@code taskId} as
 * indexed. {@code planId} null means every plan. Only tasks whose cosine similarity reaches
 * {@code minSimilarity} are answered; answers {@link SearchHitPage}.
 */
public record FindSimilarTasksQuery(UUID taskId, String text, UUID planId, int first, double minSimilarity) {

    public static final int MAX_PAGE_SIZE = 50;
    /** What "similar tasks" on a task's page shows. */
    public static final double RELATED = 0.55;
    /** What addTask reports as a likely duplicate. */
    public static final double LIKELY_DUPLICATE = 0.75;
}

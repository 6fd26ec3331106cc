package io.opsledger.kernel.search;

import java.util.UUID;

/**
 * One search hit: the entity it stands for ({@code kind} and {@code entityId}, with the plan it
 * belongs to for plans, tasks and conflicts), its title, a snippet with the matched words between
 * {@code <mark>} tags, and the fused score (higher is better; comparable within one answer only).
 */
public record SearchHitView(SearchKind kind, UUID entityId, UUID planId, String title, String snippet,
                            String status, double score) {
}

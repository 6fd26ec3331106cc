package io.opsledger.kernel.plan;

/** The plan as a Markdown file, through its last imported layout; answers a String, or null when there is no plan. */
public record ExportPlanMarkdownQuery(PlanId planId) {
}

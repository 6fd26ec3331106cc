package io.opsledger.kernel.plan;

/** One plan with its phases and tasks; answers {@link PlanView}, or null when there is none. */
public record FindPlanQuery(PlanId planId) {
}

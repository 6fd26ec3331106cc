package io.opsledger.command.plan;

import io.opsledger.kernel.plan.BasedOn;
import io.opsledger.kernel.plan.ConflictDetectedEvent;
import io.opsledger.kernel.plan.ConflictId;
import io.opsledger.kernel.plan.ConflictResolution;
import io.opsledger.kernel.plan.ConflictResolvedEvent;
import io.opsledger.kernel.plan.ConflictStrategy;
import io.opsledger.kernel.plan.PlanEvent;
import io.opsledger.kernel.plan.PlanId;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static io.opsledger.kernel.plan.PlanRule.BASED_ON_EXPIRED_REVISION;
import static io.opsledger.kernel.plan.PlanRule.BASED_ON_UNKNOWN_REVISION;

/**
 * Compares a change with what happened since the revision it was based on, field by field
 * against the plan's {@link FieldHistory}, and settles each divergence by the conflict strategy.
 * Pure: it answers a {@link Reconciliation} (the changes to apply, the conflict events to record,
 * in order) that the plan applies. See {@code docs/conflicts.md} for the table it implements.
 */
final class ConflictReconciler {

    private ConflictReconciler() {
    }

    /**
     * What reconciling decided: the changes that may be applied, and the conflict events, in the
     * order the plan applies them (before the accepted changes).
     */
    record Reconciliation(List<FieldChange> accepted, List<PlanEvent> conflictEvents,
                          List<ConflictDetectedEvent> detected, List<ConflictResolvedEvent> settled) {
    }

    /**
     * Without a base, or based on the current revision, every change is accepted. Otherwise, per
     * field: if the field still has its base value, the change applies; if the change leaves the
     * field at its base value or agrees with the current one, there is nothing to do; else the
     * two sides diverged, a {@link ConflictDetectedEvent} records base, current and incoming
     * values, and the strategy decides.
     *
     * @param revision the plan's revision now; each conflict event the plan will apply counts one more
     */
    static Reconciliation reconcile(PlanId planId, long revision, ConflictStrategy planStrategy, FieldHistory history,
                                    BasedOn basedOn, List<FieldChange> changes) {
        if (basedOn == null || basedOn.revision() == revision) {
            return new Reconciliation(changes, List.of(), List.of(), List.of());
        }
        if (basedOn.revision() > revision || basedOn.revision() < 0) {
            throw BASED_ON_UNKNOWN_REVISION.violated("plan %s is at revision %d; a change cannot be based on %d",
                    planId, revision, basedOn.revision());
        }
        if (basedOn.revision() < history.horizon()) {
            throw BASED_ON_EXPIRED_REVISION.violated("plan %s keeps the values of its last %d revisions (from %d on); "
                    + "a change based on %d must read the plan again", planId, FieldHistory.WINDOW,
                    history.horizon(), basedOn.revision());
        }
        long base = basedOn.revision();
        ConflictStrategy strategy = basedOn.strategy() == null ? planStrategy : basedOn.strategy();
        List<FieldChange> accepted = new ArrayList<>();
        List<PlanEvent> events = new ArrayList<>();
        List<ConflictDetectedEvent> detected = new ArrayList<>();
        List<ConflictResolvedEvent> settled = new ArrayList<>();
        long next = revision;
        for (FieldChange change : changes) {
            Divergence divergence = divergence(history, change, base);
            if (divergence == null) {
                if (!leavesMovedFieldAlone(history, change, base)) {
                    accepted.add(change);
                }
                continue;
            }
            ConflictId conflictId = ConflictId.of(planId, next, change.field().path, change.entityId());
            ConflictDetectedEvent conflict = new ConflictDetectedEvent(planId, conflictId,
                    change.field().conflictType, strategy, base, change.field().path,
                    change.entityId(), divergence.base(), divergence.current(), change.text());
            events.add(conflict);
            detected.add(conflict);
            ConflictResolvedEvent resolved = null;
            if (strategy == ConflictStrategy.SOURCE_PRIORITY && divergence.applicable()) {
                accepted.add(change);
                resolved = new ConflictResolvedEvent(planId, conflictId, ConflictResolution.TOOK_INCOMING, change.text());
            } else if (strategy == ConflictStrategy.TARGET_PRIORITY || strategy == ConflictStrategy.SOURCE_PRIORITY) {
                resolved = new ConflictResolvedEvent(planId, conflictId, ConflictResolution.KEPT_CURRENT,
                        divergence.current());
            }
            // AUTO_MERGE merged everything that did not overlap; overlaps stay open, as under MANUAL.
            if (resolved != null) {
                events.add(resolved);
                settled.add(resolved);
            }
            next += resolved == null ? 1 : 2;
        }
        return new Reconciliation(accepted, events, detected, settled);
    }

    /** How a field moved since the base, as a conflict records it. */
    private record Divergence(String base, String current, boolean applicable) {
    }

    /**
     * How the field moved since the base, when it moved to something other than the change wants;
     * null when there is no conflict. An entity removed meanwhile diverges from any change to it
     * (and such a change cannot win); a removal diverges from any change made meanwhile to the
     * entity it removes.
     */
    private static Divergence divergence(FieldHistory history, FieldChange change, long base) {
        PlanField field = change.field();
        if (!field.isExistence() && field.existence() != null && history.removed(field.existence(), change.entityId())) {
            return new Divergence(FieldHistory.text(history.valueAt(field, change.entityId(), base)),
                    FieldChange.REMOVED, false);
        }
        if (field.isExistence()) {
            List<String> changedMeanwhile = history.changedSince(change.entityId(), base);
            return changedMeanwhile.isEmpty() ? null
                    : new Divergence(FieldChange.EXISTS, "changed meanwhile: " + String.join(", ", changedMeanwhile), true);
        }
        FieldChange baseValue = history.valueAt(field, change.entityId(), base);
        FieldChange currentValue = history.current(field, change.entityId());
        if (baseValue == null || Objects.equals(baseValue, currentValue)
                || Objects.equals(change, baseValue) || Objects.equals(change, currentValue)) {
            return null;
        }
        return new Divergence(baseValue.text(), FieldHistory.text(currentValue), true);
    }

    /**
     * A change that still carries the base value of a field the other side changed does not
     * touch that field (an imported file that was not edited there, say): applying it would undo
     * the other side's change.
     */
    private static boolean leavesMovedFieldAlone(FieldHistory history, FieldChange change, long base) {
        FieldChange baseValue = history.valueAt(change.field(), change.entityId(), base);
        return Objects.equals(change, baseValue)
                && !Objects.equals(baseValue, history.current(change.field(), change.entityId()));
    }
}

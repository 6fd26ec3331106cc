package io.opsledger.command.messaging;

import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.modelling.command.AggregateScopeDescriptor;

/**
 * The scope a deadline addresses: an aggregate, named by its type and its id as a plain string.
 * The implicit scope would carry the typed id (a {@code BackupJobId}, a {@code PlanId}), which the
 * persistent deadline manager stores as JSON and reads back as a map: the deadline would then
 * address no aggregate and be dropped without a word.
 */
public final class DeadlineScope {

    private DeadlineScope() {
    }

    public static ScopeDescriptor of(Class<?> aggregateType, Object aggregateId) {
        return new AggregateScopeDescriptor(aggregateType.getSimpleName(), aggregateId.toString());
    }
}

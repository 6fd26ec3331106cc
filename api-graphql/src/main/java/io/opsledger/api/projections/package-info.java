/**
 * Operators' GraphQL for event processors: the list with positions and dead letters, rebuilds
 * and consistency checks of projections, and their progress as a subscription.
 */
package io.opsledger.api.projections;

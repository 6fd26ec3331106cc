/**
 * Applies the limits declared on the command records (see {@code io.opsledger.kernel.limits}) to
 * every command dispatched in this process, whichever door it came in by: GraphQL, pings, the
 * OpenLineage endpoint, the CLI or a policy.
 */
package io.opsledger.api.limits;

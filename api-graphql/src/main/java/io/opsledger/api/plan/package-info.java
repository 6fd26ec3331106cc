/**
 * Plans over GraphQL: the {@code plan}, {@code plans} queries, one mutation per plan command and
 * the {@code planUpdated} subscription. Controllers only translate between GraphQL and Axon.
 */
package io.opsledger.api.plan;

/**
 * No silent skips: every processing group that keeps a read model or runs a policy parks an event
 * its handler cannot take in Axon's sequenced dead-letter queue (JDBC, table {@code deadletterentry}).
 * Later events of the same entity wait behind it; other entities go on. A parked event raises an
 * EVENT_PARKED alert; administrators list, retry and evict dead letters through GraphQL
 * ({@code deadletter.graphqls}).
 */
package io.opsledger.api.deadletter;

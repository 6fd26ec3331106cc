/**
 * What every benchmark shares: the application started as its own process ({@link
 * io.opsledger.bench.support.AppProcess}), throwaway PostgreSQL schemas, a GraphQL-over-HTTP client
 * and a graphql-ws subscriber, closed- and open-loop load drivers that record latencies in
 * HdrHistograms, and the server's resident memory read from {@code /proc}.
 */
package io.opsledger.bench.support;

/**
 * The plan overview: the list of plans with their headline figures and each plan's detail
 * (phases, tasks, progress), kept in relational tables by the {@code plan-overview} processing
 * group and served to the API through Axon queries, including live subscription updates.
 */
package io.opsledger.query.planoverview;

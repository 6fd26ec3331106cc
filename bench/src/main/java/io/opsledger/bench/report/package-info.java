/**
 * The results of a run: one row per figure, each beside a baseline measured in the same run (and
 * the ratio between them) and, where issue 9 sets one, its target; printed as a table and written
 * to {@code bench/results/} as Markdown and CSV.
 */
package io.opsledger.bench.report;

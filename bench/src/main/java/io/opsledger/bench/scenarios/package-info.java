/**
 * The benchmarks of issue 9, one class each: raw SQL baselines, commands end to end, {@code plan(id)}
 * at fixed rates, subscription delivery, and projection catch-up.
 */
package io.opsledger.bench.scenarios;

/**
 * The load harness: {@link io.opsledger.bench.BenchMain} runs each {@link io.opsledger.bench.Benchmark}
 * in turn against the real application jar started as a separate process, and writes one table in
 * which every figure stands beside a baseline measured in the same run. A new benchmark is one class
 * implementing {@code Benchmark}, listed in {@code BenchMain.BENCHMARKS}.
 */
package io.opsledger.bench;

package io.opsledger.bench;

/**
 * One benchmark: it starts what it needs through the {@link BenchContext} (servers, schemas,
 * clients), stops it again, and adds its figures to {@code context.results()}. Benchmarks run in
 * the order of {@code BenchMain.BENCHMARKS}; the raw baselines come first so every later figure
 * can name one.
 */
public interface Benchmark {

    /** Short name used by {@code --only} and in the results file. */
    String name();

    /** One line on what it measures, printed before it starts. */
    String description();

    void run(BenchContext context) throws Exception;
}

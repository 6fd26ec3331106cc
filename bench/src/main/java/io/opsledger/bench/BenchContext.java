package io.opsledger.bench;

import io.opsledger.bench.report.Results;
import io.opsledger.bench.support.AppJar;
import io.opsledger.bench.support.AppProcess;
import io.opsledger.bench.support.PgSchema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a benchmark works with: the sizes, the results, the application jar, and fresh servers and
 * schemas that the context removes at the end of the run even if a benchmark fails.
 */
public final class BenchContext implements AutoCloseable {

    private final BenchConfig config;
    private final Results results;
    private final AppJar jar;
    private final Path workDir;
    private final boolean keep;
    private final Deque<AutoCloseable> cleanup = new ArrayDeque<>();
    private int servers;

    BenchContext(BenchConfig config, Results results, AppJar jar, Path workDir, boolean keep) {
        this.config = config;
        this.results = results;
        this.jar = jar;
        this.workDir = workDir;
        this.keep = keep;
    }

    public BenchConfig config() {
        return config;
    }

    public Results results() {
        return results;
    }

    public AppJar jar() {
        return jar;
    }

    public Path workDir() {
        return workDir;
    }

    /** A new server on the embedded default, in a data directory of its own. */
    public AppProcess startEmbedded(String... extraArgs) throws Exception {
        Path dataDir = Files.createDirectories(workDir.resolve("embedded-" + (++servers)));
        log("starting the server on the embedded default (data in " + dataDir + ")");
        return track(AppProcess.embedded(jar, dataDir, extraArgs));
    }

    /** A new server on profile postgres, in the given schema. */
    public AppProcess startPostgres(PgSchema schema, String... extraArgs) throws Exception {
        log("starting the server on PostgreSQL (schema " + schema.name() + ")");
        return track(AppProcess.postgres(jar, schema, workDir, extraArgs));
    }

    /** A new empty schema, dropped at the end of the run (unless --keep). */
    public PgSchema freshSchema(String purpose) throws Exception {
        PgSchema schema = PgSchema.fresh(purpose);
        if (!keep) {
            cleanup.push(schema);
        }
        return schema;
    }

    public void log(String message) {
        System.out.println("  · " + message);
    }

    private AppProcess track(AppProcess app) {
        cleanup.push(app);
        return app;
    }

    @Override
    public void close() {
        while (!cleanup.isEmpty()) {
            try {
                cleanup.pop().close();
            } catch (Exception e) {
                System.err.println("cleanup: " + e.getMessage());
            }
        }
    }
}

package io.opsledger.bench;

import io.opsledger.bench.report.Results;
import io.opsledger.bench.report.Table;
import io.opsledger.bench.scenarios.CommandThroughput;
import io.opsledger.bench.scenarios.PlanReadRate;
import io.opsledger.bench.scenarios.ProjectionCatchUp;
import io.opsledger.bench.scenarios.ProjectionRebuildRate;
import io.opsledger.bench.scenarios.RawSqlBaseline;
import io.opsledger.bench.scenarios.SearchIndexBench;
import io.opsledger.bench.scenarios.SubscriptionDelivery;
import io.opsledger.bench.support.AppJar;
import io.opsledger.bench.support.PgSchema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code ./run bench [quick|full] [--only=name,...] [--size=value ...]}: runs the benchmarks in
 * order, prints each figure as it comes and the whole table at the end, and writes
 * {@code bench/results/<time>-<mode>.md} and {@code .csv}.
 */
public final class BenchMain {

    /** In order: the baselines first, since every later figure is a ratio to one of them. */
    static final List<Benchmark> BENCHMARKS = List.of(
            new RawSqlBaseline(),
            new CommandThroughput(),
            new PlanReadRate(),
            new SubscriptionDelivery(),
            new ProjectionCatchUp(),
            new SearchIndexBench(),
            new ProjectionRebuildRate());

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String mode = "quick";
        Set<String> only = Set.of();
        Path appJar = Path.of("api-graphql/target/opsledger.jar");
        Path resultsDir = Path.of("bench/results");
        boolean keep = false;
        Map<String, String> sizes = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.equals("quick") || arg.equals("full")) {
                mode = arg;
            } else if (arg.startsWith("--only=")) {
                only = Set.of(arg.substring("--only=".length()).split(","));
            } else if (arg.startsWith("--app-jar=")) {
                appJar = Path.of(arg.substring("--app-jar=".length()));
            } else if (arg.startsWith("--results-dir=")) {
                resultsDir = Path.of(arg.substring("--results-dir=".length()));
            } else if (arg.equals("--keep")) {
                keep = true;
            } else if (arg.startsWith("--") && arg.contains("=")) {
                sizes.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else {
                System.err.println("""
                        usage: ./run bench [quick|full] [--only=%s] [--keep] [--<size>=<value> ...]
                        unknown argument: %s""".formatted(names(), arg));
                System.exit(2);
            }
        }
        Set<String> unknown = only.stream().filter(name -> BENCHMARKS.stream().noneMatch(b -> b.name().equals(name)))
                .collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            System.err.println("unknown benchmark(s) " + unknown + "; known: " + names());
            System.exit(2);
        }
        BenchConfig config = BenchConfig.of(mode, sizes);
        Results results = new Results();
        Path workDir = Files.createTempDirectory("opsledger-bench-");
        Map<String, String> header = header(config, appJar);
        header.forEach((key, value) -> System.out.println(key + ": " + value));

        boolean failed = false;
        try (BenchContext context = new BenchContext(config, results, new AppJar(appJar), workDir, keep)) {
            for (Benchmark benchmark : BENCHMARKS) {
                if (!only.isEmpty() && !only.contains(benchmark.name()) && !benchmark.name().equals("raw")) {
                    continue;
                }
                System.out.printf("%n== %s: %s%n", benchmark.name(), benchmark.description());
                long started = System.nanoTime();
                try {
                    benchmark.run(context);
                } catch (Exception e) {
                    failed = true;
                    results.note(benchmark.name() + " failed: " + e);
                    e.printStackTrace();
                }
                System.out.printf("   (%s took %d s)%n", benchmark.name(), TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
            }
        }
        header.put("load average at end", Files.readString(Path.of("/proc/loadavg")).split(" ")[0]
                + " (other processes share these cores: compare ratios, not absolute figures, across runs)");
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        Path markdown = resultsDir.resolve(stamp + "-" + mode + ".md");
        Table.write(results, header, markdown, resultsDir.resolve(stamp + "-" + mode + ".csv"));
        System.out.println();
        System.out.print(Table.text(results));
        System.out.println("\nresults: " + markdown.toAbsolutePath());
        if (!keep) {
            deleteTree(workDir);
        } else {
            System.out.println("kept: " + workDir + " (server logs and embedded data)");
        }
        System.exit(failed ? 1 : 0);
    }

    private static Map<String, String> header(BenchConfig config, Path appJar) throws Exception {
        Map<String, String> header = new LinkedHashMap<>();
        header.put("date", DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        header.put("mode", config.mode());
        header.put("commit", command("git", "rev-parse", "--short", "HEAD"));
        header.put("cpu", cpu());
        header.put("memory", memory());
        header.put("jdk", System.getProperty("java.vm.name") + " " + Runtime.version());
        header.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        try (PgSchema probe = PgSchema.fresh("probe")) {
            header.put("postgresql", probe.serverVersion() + " at " + probe.url().replaceAll("\\?.*", ""));
        }
        header.put("application", appJar.toString());
        header.put("sizes", config.all().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
        return header;
    }

    private static String cpu() throws IOException {
        String model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
        return Runtime.getRuntime().availableProcessors() + " × " + model + ", load average at start "
                + Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private static String memory() throws IOException {
        return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GiB").orElse("unknown");
    }

    private static String command(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes()).strip();
            return process.waitFor() == 0 ? out : "unknown";
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static String names() {
        return BENCHMARKS.stream().map(Benchmark::name).collect(Collectors.joining(","));
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> path.toFile().delete());
        }
    }
}

package io.opsledger.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sizes of a run. {@code quick} finishes in a few minutes and shows the shape; {@code full} uses
 * the sizes of issue 9 (10,000 plans, 1,000 subscribers, 1,000,000 events, a warm JIT). Any size
 * can be overridden on the command line as {@code --name=value} (e.g. {@code --catchup.events=200000}).
 */
public final class BenchConfig {

    private static final Map<String, String> QUICK = defaults(
            "warmup", "10s",
            "raw.duration", "5s",
            "raw.clients", "1,2,8,16",
            "commands.duration", "5s",
            "commands.clients", "1,8,32,64",
            "reads.plans", "1000",
            "reads.rates", "200,1000",
            "reads.duration", "5s",
            "subscriptions.subscribers", "200",
            "subscriptions.rate", "10",
            "subscriptions.duration", "10s",
            "catchup.events", "20000",
            "catchup.timeout", "300s",
            "catchup.events-per-plan", "10",
            "rebuild.events", "20000",
            "rebuild.timeout", "300s",
            "seqread.events", "100000",
            "search.documents", "100000",
            "search.texts", "2000",
            "search.searchers", "8",
            "search.queries-per-searcher", "100");

    private static final Map<String, String> FULL = defaults(
            "warmup", "100s",
            "raw.duration", "20s",
            "raw.clients", "1,2,8,16",
            "commands.duration", "30s",
            "commands.clients", "1,8,32,64",
            "reads.plans", "10000",
            "reads.rates", "200,1000",
            "reads.duration", "30s",
            "subscriptions.subscribers", "1000",
            "subscriptions.rate", "10",
            "subscriptions.duration", "60s",
            "catchup.events", "1000000",
            "catchup.timeout", "1800s",
            "catchup.events-per-plan", "10",
            "rebuild.events", "100000",
            "rebuild.timeout", "1800s",
            "seqread.events", "1000000",
            "search.documents", "100000",
            "search.texts", "5000",
            "search.searchers", "8",
            "search.queries-per-searcher", "500");

    private final String mode;
    private final Map<String, String> values;

    private BenchConfig(String mode, Map<String, String> values) {
        this.mode = mode;
        this.values = values;
    }

    static BenchConfig of(String mode, Map<String, String> overrides) {
        Map<String, String> base = switch (mode) {
            case "quick" -> QUICK;
            case "full" -> FULL;
            default -> throw new IllegalArgumentException("mode must be quick or full, not '" + mode + "'");
        };
        Map<String, String> values = new TreeMap<>(base);
        overrides.forEach((key, value) -> {
            if (!base.containsKey(key)) {
                throw new IllegalArgumentException("unknown size '--" + key + "'; known: " + base.keySet());
            }
            values.put(key, value);
        });
        return new BenchConfig(mode, values);
    }

    public String mode() {
        return mode;
    }

    public Duration duration(String key) {
        String value = get(key);
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        if (value.endsWith("s")) {
            return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
        }
        throw new IllegalArgumentException("--" + key + " must be a duration such as 30s or 500ms, not '" + value + "'");
    }

    public int integer(String key) {
        return Integer.parseInt(get(key));
    }

    public List<Integer> integers(String key) {
        return Arrays.stream(get(key).split(",")).map(String::strip).map(Integer::parseInt).toList();
    }

    /** Every size of this run, for the results file's header. */
    public Map<String, String> all() {
        return Map.copyOf(values);
    }

    private String get(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no size named " + key);
        }
        return value;
    }

    private static Map<String, String> defaults(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}

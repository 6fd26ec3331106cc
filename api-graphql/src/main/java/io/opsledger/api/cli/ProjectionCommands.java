package io.opsledger.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsledger.api.cli.GraphQlHttpClient.CliFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/** {@code projections list|status|rebuild|verify|cancel}, against a running server. */
@Command(name = "projections", mixinStandardHelpOptions = true,
        description = "Event processors: positions and dead letters; rebuild or check a projection.",
        subcommands = {ProjectionCommands.ListGroups.class, ProjectionCommands.Status.class, ProjectionCommands.Rebuild.class,
                ProjectionCommands.Verify.class, ProjectionCommands.Cancel.class})
final class ProjectionCommands {

    static final String STATUS_FIELDS = "name purpose state position head progress eventsPerSecond etaSeconds message"
            + " differingRows differences";

    private ProjectionCommands() {
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every event processor with position, lag, state, dead letters.")
    static final class ListGroups extends ServerOptions implements Callable<Integer> {
        @Override
        public Integer call() {
            JsonNode groups = client().execute("{ projections { name mode position head lag state segments deadLetters rebuildable } }",
                    Map.of()).path("projections");
            if (!printedAsJson(groups)) {
                out().printf("%-26s %-11s %10s %10s %8s %-12s %s%n", "NAME", "MODE", "POSITION", "HEAD", "LAG", "STATE", "DEAD LETTERS");
                for (JsonNode group : groups) {
                    out().printf("%-26s %-11s %10d %10d %8d %-12s %s%n", group.path("name").asText(), group.path("mode").asText(),
                            group.path("position").asLong(), group.path("head").asLong(), group.path("lag").asLong(),
                            group.path("state").asText(), group.path("deadLetters").isNull() ? "-" : group.path("deadLetters").asLong());
                }
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "The running or last rebuild (or check) of a projection.")
    static final class Status extends ServerOptions implements Callable<Integer> {
        @Parameters(index = "0", description = "Processing group, e.g. plan-overview.")
        String name;

        @Option(names = "--verify", description = "The consistency check instead of the rebuild.")
        boolean verify;

        @Option(names = "--follow", description = "Follow a running one until it finishes, with a progress bar.")
        boolean follow;

        @Override
        public Integer call() throws InterruptedException {
            String purpose = verify ? "VERIFY" : "REBUILD";
            JsonNode status = follow ? follow(this, name, purpose) : client().execute(
                    "query S($name: String!, $purpose: RebuildPurpose) { projectionRebuild(name: $name, purpose: $purpose) { "
                            + STATUS_FIELDS + " } }", Map.of("name", name, "purpose", purpose)).path("projectionRebuild");
            if (status.isNull() || status.isMissingNode()) {
                throw new CliFailure(ExitCode.FAILED, "projection " + name + " was never " + (verify ? "checked" : "rebuilt"));
            }
            return report(this, status);
        }
    }

    @Command(name = "rebuild", mixinStandardHelpOptions = true,
            description = "Rebuild a projection aside while the old one serves, then switch; waits and shows progress unless --no-wait.")
    static final class Rebuild extends ServerOptions implements Callable<Integer> {
        @Parameters(index = "0", description = "Processing group, e.g. plan-overview.")
        String name;

        @Option(names = "--no-wait", description = "Start it and return at once.")
        boolean noWait;

        @Override
        public Integer call() throws InterruptedException {
            return start(this, "rebuildProjection", "REBUILD", name, noWait);
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Replay a projection into scratch tables and report the rows that differ (exit code 3 when any do).")
    static final class Verify extends ServerOptions implements Callable<Integer> {
        @Parameters(index = "0", description = "Processing group, e.g. plan-overview.")
        String name;

        @Option(names = "--no-wait", description = "Start it and return at once.")
        boolean noWait;

        @Override
        public Integer call() throws InterruptedException {
            return start(this, "verifyProjection", "VERIFY", name, noWait);
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true, description = "Cancel a running rebuild or check; the old tables keep serving.")
    static final class Cancel extends ServerOptions implements Callable<Integer> {
        @Parameters(index = "0", description = "Processing group, e.g. plan-overview.")
        String name;

        @Override
        public Integer call() {
            client().mutate("mutation C($input: ProjectionInput!) { cancelProjectionRebuild(input: $input) {"
                    + " status { state } errors { code message } } }", Map.of("input", Map.of("name", name)), "cancelProjectionRebuild");
            out().println("cancel requested for " + name);
            return ExitCode.OK;
        }
    }

    private static int start(ServerOptions options, String mutation, String purpose, String name, boolean noWait)
            throws InterruptedException {
        JsonNode payload = options.client().mutate("mutation M($input: ProjectionInput!) { " + mutation
                + "(input: $input) { status { " + STATUS_FIELDS + " } errors { code message } } }",
                Map.of("input", Map.of("name", name)), mutation);
        if (noWait) {
            return report(options, payload.path("status"));
        }
        return report(options, follow(options, name, purpose));
    }

    private static JsonNode follow(ServerOptions options, String name, String purpose) throws InterruptedException {
        ProgressBar bar = new ProgressBar(name);
        AtomicReference<JsonNode> last = new AtomicReference<>();
        new GraphQlWsClient(options.server, options.bearer())
                .subscribe("subscription F($name: String!, $purpose: RebuildPurpose) { projectionStatus(name: $name, purpose: $purpose) { "
                        + STATUS_FIELDS + " } }", Map.of("name", name, "purpose", purpose), data -> {
                    JsonNode status = data.path("projectionStatus");
                    last.set(status);
                    bar.show(Math.max(0, status.path("position").asLong()), status.path("head").asLong(),
                            String.format("%.0f events/s", status.path("eventsPerSecond").asDouble()));
                });
        bar.done();
        if (last.get() == null) {
            throw new CliFailure(ExitCode.FAILED, "the server sent no status for " + name);
        }
        return last.get();
    }

    private static int report(ServerOptions options, JsonNode status) {
        if (!options.printedAsJson(status)) {
            PrintWriter out = options.out();
            out.printf("%s %s: %s at %d/%d (%.1f%%)%s%n", status.path("name").asText(), status.path("purpose").asText(),
                    status.path("state").asText(), status.path("position").asLong(), status.path("head").asLong(),
                    status.path("progress").asDouble(), status.path("message").isNull() ? "" : " - " + status.path("message").asText());
            status.path("differences").forEach(difference -> out.println("  " + difference.asText()));
        }
        String state = status.path("state").asText();
        if ("VERIFY".equals(status.path("purpose").asText()) && "DONE".equals(state)) {
            return status.path("differingRows").asLong() == 0 ? ExitCode.OK : ExitCode.DIFFERENCES;
        }
        return "CANCELLED".equals(state) || "FAILED".equals(state) ? ExitCode.NOT_SWITCHED : ExitCode.OK;
    }
}

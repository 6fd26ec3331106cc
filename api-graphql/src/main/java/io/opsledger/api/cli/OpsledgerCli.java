package io.opsledger.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsledger.api.cli.GraphQlHttpClient.CliFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code java -jar opsledger.jar plan export <planId> [-o plan.md]} and
 * {@code java -jar opsledger.jar plan import plan.md [--plan-id ID] [--based-on N] [--strategy S]}.
 * Exit codes: 0 done, 1 refused or failed, 2 imported with conflicts left open.
 */
@Command(name = "opsledger", mixinStandardHelpOptions = true, subcommands = {CommandLine.HelpCommand.class,
        OpsledgerCli.PlanCommands.class, AuditCommands.class, EventCommands.class, ProjectionCommands.class, DeadLetterCommands.class,
        TokenCommands.class},
        description = "Opsledger command line. Without a command, java -jar opsledger.jar starts the server.")
public final class OpsledgerCli {

    private static final Set<String> COMMANDS = Set.of("plan", "audit", "events", "projections", "deadletters", "tokens",
            "--help", "-h", "help", "--version", "-V");

    /** Whether these arguments are a CLI command rather than the server's own arguments. */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new OpsledgerCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((failure, line, parsed) -> {
            if (failure instanceof CliFailure cli) {
                err.println("opsledger: " + cli.getMessage());
                return cli.exitCode;
            }
            err.println("opsledger: " + failure);
            return 1;
        });
        return commandLine.execute(args);
    }

    @Command(name = "plan", description = "Plans as Markdown files.",
            subcommands = {PlanCommands.Export.class, PlanCommands.Import.class})
    static final class PlanCommands {

        @Command(name = "export", description = "Write a plan as Markdown (to a file, or to standard output).")
        static final class Export extends ServerConnection implements Callable<Integer> {

            @Parameters(index = "0", description = "The plan's id.")
            String planId;

            @Option(names = {"-o", "--output"}, description = "File to write; standard output when absent.")
            Path output;

            @Override
            public Integer call() throws IOException {
                JsonNode data = client().execute(
                        "query Export($id: ID!) { plan(id: $id) { markdown } }", Map.of("id", planId));
                if (data.path("plan").isNull() || data.path("plan").isMissingNode()) {
                    throw new CliFailure(1, "plan " + planId + " does not exist");
                }
                String markdown = data.path("plan").path("markdown").asText();
                if (output == null) {
                    out().print(markdown);
                    out().flush();
                } else {
                    Files.writeString(output, markdown, StandardCharsets.UTF_8);
                    out().println("exported plan " + planId + " to " + output);
                }
                return 0;
            }
        }

        @Command(name = "import", description = "Create or update a plan from a Markdown file.")
        static final class Import extends ServerConnection implements Callable<Integer> {

            @Parameters(index = "0", description = "The Markdown file.")
            Path file;

            @Option(names = "--plan-id", description = "The plan to update (default: the id written in the file, else a new plan).")
            String planId;

            @Option(names = "--based-on", description = "Revision the file was prepared from (default: the one written in the file).")
            Integer basedOnRevision;

            @Option(names = "--strategy", description = "Conflict strategy for this import: AUTO_MERGE, SOURCE_PRIORITY, TARGET_PRIORITY, MANUAL.")
            String strategy;

            @Override
            public Integer call() throws IOException {
                if (!Files.isRegularFile(file)) {
                    throw new CliFailure(1, file + " is not a readable file");
                }
                Map<String, Object> input = new LinkedHashMap<>();
                input.put("markdown", Files.readString(file, StandardCharsets.UTF_8));
                if (planId != null) {
                    input.put("planId", planId);
                }
                if (basedOnRevision != null) {
                    input.put("basedOnRevision", basedOnRevision);
                }
                if (strategy != null) {
                    input.put("strategy", strategy);
                }
                JsonNode payload = client().execute("""
                        mutation Import($input: ImportPlanMarkdownInput!) {
                          importPlanMarkdown(input: $input) {
                            plan { id revision title }
                            conflicts { conflictId field current incoming resolution }
                            errors { code message }
                          }
                        }""", Map.of("input", input)).path("importPlanMarkdown");
                PrintWriter out = out();
                JsonNode errors = payload.path("errors");
                boolean onlyConflicts = true;
                for (JsonNode error : errors) {
                    onlyConflicts &= "CONFLICT".equals(error.path("code").asText());
                    out.println(error.path("code").asText() + ": " + error.path("message").asText());
                }
                if (!errors.isEmpty() && !onlyConflicts) {
                    return 1;
                }
                JsonNode plan = payload.path("plan");
                out.println("imported into plan " + plan.path("id").asText() + " '" + plan.path("title").asText()
                        + "', now at revision " + plan.path("revision").asInt());
                for (JsonNode conflict : payload.path("conflicts")) {
                    if (!conflict.path("resolution").isNull()) {
                        out.println("conflict " + conflict.path("conflictId").asText() + " on " + conflict.path("field").asText()
                                + " settled: " + conflict.path("resolution").asText());
                    }
                }
                return errors.isEmpty() ? 0 : 2;
            }
        }
    }
}

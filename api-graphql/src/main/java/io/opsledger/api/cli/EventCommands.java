package io.opsledger.api.cli;

import io.opsledger.api.cli.GraphQlHttpClient.CliFailure;
import io.opsledger.api.events.EventRange;
import io.opsledger.api.events.EventStreamCopy;
import io.opsledger.api.events.EventTable;
import org.flywaydb.core.Flyway;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import javax.sql.DataSource;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code events export|import}: the event stream as NDJSON, from a server or straight from a database. */
@Command(name = "events", description = "Export the event stream as NDJSON; import it into an empty store.",
        mixinStandardHelpOptions = true, subcommands = {EventCommands.Export.class, EventCommands.Import.class})
final class EventCommands {

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write events as NDJSON, one per line, in global order: straight from a database with"
                    + " --db-url, else from the server's /api/v1/events/export.")
    static final class Export extends ServerOptions implements Callable<Integer> {

        @Mixin
        DatabaseOptions database;

        @Option(names = "--from", description = "First global position, or an ISO-8601 instant.")
        String from;

        @Option(names = "--to", description = "Last global position, or an ISO-8601 instant.")
        String to;

        @Option(names = "--entity", description = "Only the events of this entity (aggregate id).")
        String entity;

        @Option(names = {"-o", "--output"}, description = "File to write; standard output when absent.")
        Path output;

        @Override
        public Integer call() throws Exception {
            EventRange range = EventRange.parse(from, to, entity);
            try (OutputStream out = new BufferedOutputStream(output == null ? System.out : Files.newOutputStream(output),
                    1 << 16)) {
                long written = database.url == null || database.url.isBlank() ? fromServer(out) : fromDatabase(range, out);
                out.flush();
                if (output != null) {
                    out().println("exported " + written + " events to " + output);
                }
            }
            return ExitCode.OK;
        }

        private long fromDatabase(EventRange range, OutputStream out) {
            DataSource source = database.dataSource();
            EventTable table = new EventTable(source);
            long total = table.count();
            ProgressBar bar = new ProgressBar("export");
            long written = EventStreamCopy.export(table, range, out, position -> bar.show(position, total, null));
            bar.done();
            return written;
        }

        private long fromServer(OutputStream out) throws IOException, InterruptedException {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("from", from);
            parameters.put("to", to);
            parameters.put("entity", entity);
            String query = parameters.entrySet().stream().filter(entry -> entry.getValue() != null)
                    .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpRequest.Builder request = HttpRequest.newBuilder(
                    URI.create(server.replaceAll("/+$", "") + "/api/v1/events/export" + (query.isEmpty() ? "" : "?" + query)));
            String bearer = bearer();
            if (bearer != null) {
                request.header("Authorization", "Bearer " + bearer);
            }
            HttpResponse<InputStream> response;
            try {
                response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (java.net.ConnectException e) {
                throw new CliFailure(ExitCode.FAILED, "no Opsledger server answers at " + server
                        + " (start one, pass --server URL, or read a database with --db-url)");
            }
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new CliFailure(ExitCode.FAILED, "the server refused the export (HTTP " + response.statusCode()
                            + "): " + new String(body.readNBytes(2000), StandardCharsets.UTF_8).strip());
                }
                long lines = 0;
                byte[] buffer = new byte[1 << 16];
                for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                    out.write(buffer, 0, read);
                    for (int i = 0; i < read; i++) {
                        lines += buffer[i] == '\n' ? 1 : 0;
                    }
                }
                return lines;
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Load an NDJSON export into an empty store, straight into the database given with --db-url"
                    + " (its tables are created first when missing). Global positions, ids and metadata are kept.")
    static final class Import implements Callable<Integer> {

        @Mixin
        DatabaseOptions database;

        @Parameters(index = "0", description = "The NDJSON file (- for standard input).")
        String file;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            DataSource target = database.dataSource();
            Flyway.configure().dataSource(target).locations("classpath:db/migration").load().migrate();
            long size = "-".equals(file) ? -1 : Files.size(Path.of(file));
            ProgressBar bar = new ProgressBar("import");
            try (BufferedReader lines = "-".equals(file)
                    ? new BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8))
                    : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                long imported = EventStreamCopy.importInto(target, lines, count -> bar.show(count, -1, "events"));
                bar.done();
                spec.commandLine().getOut().println("imported " + imported + " events" + (size >= 0 ? " from " + file : ""));
                return ExitCode.OK;
            } catch (IllegalStateException | IllegalArgumentException refused) {
                throw new CliFailure(ExitCode.FAILED, refused.getMessage());
            }
        }
    }

    private EventCommands() {
    }

}

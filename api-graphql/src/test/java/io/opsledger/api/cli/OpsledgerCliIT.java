package io.opsledger.api.cli;

import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code plan import|export} and {@code deadletters} of the application jar against a running server. */
class OpsledgerCliIT {

    private static PostgresTestDatabase database;
    private static OpsledgerServer server;

    @TempDir
    Path directory;

    @BeforeAll
    static void start() {
        database = PostgresTestDatabase.freshSchema();
        server = OpsledgerServer.onPostgres(database);
    }

    @AfterAll
    static void stop() {
        server.close();
        database.drop();
    }

    @Test
    void importsAFileAndExportsItBackToAFile() throws Exception {
        Path file = directory.resolve("plan.md");
        Files.writeString(file, """
                # Plan de développement v7 - Release 2.0
                **Version 1.2 - 2026-11-01 - Progression: 0%**

                ## Phase 1: Build
                **Progression: 0%**

                Everything below is checked by CI.

                - [x] Compile
                - [ ] Package
                """, StandardCharsets.UTF_8);

        Result imported = cli("plan", "import", file.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        Matcher planId = Pattern.compile("plan ([0-9a-f-]{36})").matcher(imported.out());
        assertThat(planId.find()).as(imported.out()).isTrue();

        Path exported = directory.resolve("exported.md");
        Result export = cli("plan", "export", planId.group(1), "-o", exported.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.readString(exported)).contains("<!-- opsledger plan=" + planId.group(1))
                .contains("Everything below is checked by CI.")
                .contains("**Progression: 50%**")
                .contains("- [x] Compile\n- [ ] Package\n");

        Result unchanged = cli("plan", "import", exported.toString());
        assertThat(unchanged.exitCode()).as(unchanged.err()).isZero();
    }

    @Test
    void exportOfAnUnknownPlanSaysSo() {
        Result result = cli("plan", "export", "3f2a6c1e-9b1d-4c55-8a43-2f0c9e7d1b10");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("does not exist");
    }

    @Test
    void deadLettersOfAFreshServerAreAnEmptyListAndEvictingAnUnknownOneIsNotFound() {
        Result list = cli("deadletters", "list", "--json");

        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out().strip()).isEqualTo("[ ]");

        Result evict = cli("deadletters", "evict", java.util.UUID.randomUUID().toString());

        assertThat(evict.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(evict.err()).contains("NOT_FOUND").doesNotContain("Exception");
    }

    @Test
    void noServerGivesAnInstructionNotAStackTrace() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = OpsledgerCli.run(new String[]{"plan", "export", "3f2a6c1e-9b1d-4c55-8a43-2f0c9e7d1b10",
                "--server", "http://127.0.0.1:9"}, new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString()).contains("no Opsledger server answers").contains("./run server")
                .doesNotContain("Exception");
    }

    private Result cli(String... args) {
        OpsledgerServer.CliResult result = server.cli(args);
        return new Result(result.exitCode(), result.out(), result.err());
    }

    private record Result(int exitCode, String out, String err) {
    }
}

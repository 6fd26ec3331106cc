package io.opsledger.api.plan;

import io.opsledger.kernel.plan.markdown.MarkdownLine;
import io.opsledger.kernel.plan.markdown.PlanDocument;
import io.opsledger.kernel.plan.markdown.PlanMarkdown;
import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PlanClient;
import io.opsledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.graphql.test.tester.GraphQlTester;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan files of the Markdown format's test set, imported over GraphQL into PostgreSQL and
 * exported again: the export is the file byte for byte apart from the recomputed progress figures
 * and the identity comment the export adds; importing the export changes nothing.
 */
class PlanMarkdownRoundTripIT {

    private static final Path PLAN_FILES = Path.of("..", "shared-kernel", "src", "test", "resources", "plans");
    /** Files without a readable title line: they cannot create a plan. */
    private static final List<String> WITHOUT_TITLE = List.of("13-malformed.md", "15-no-header.md", "16-empty.md");

    private static PostgresTestDatabase database;
    private static OpsledgerServer server;
    private static PlanClient plans;

    @BeforeAll
    static void start() {
        database = PostgresTestDatabase.freshSchema();
        server = OpsledgerServer.onPostgres(database);
        plans = new PlanClient(server.http());
    }

    @AfterAll
    static void stop() {
        server.close();
        database.drop();
    }

    static Stream<Path> planFiles() throws IOException {
        try (Stream<Path> files = Files.list(PLAN_FILES)) {
            List<Path> all = files.filter(file -> file.toString().endsWith(".md"))
                    .filter(file -> !WITHOUT_TITLE.contains(file.getFileName().toString()))
                    .sorted().toList();
            assertThat(all).hasSizeGreaterThanOrEqualTo(10);
            return all.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("planFiles")
    void importThenExportGivesTheFileBackAndReimportingChangesNothing(Path file) throws IOException {
        String original = Files.readString(file, StandardCharsets.UTF_8);

        GraphQlTester.Response imported = plans.mutate("importPlanMarkdown", Map.of("markdown", original));
        imported.path("importPlanMarkdown.errors").entityList(Object.class).hasSize(0);
        String planId = imported.path("importPlanMarkdown.plan.id").entity(String.class).get();
        int revision = imported.path("importPlanMarkdown.plan.revision").entity(Integer.class).get();

        String exported = export(planId);
        assertThat(withoutIdentity(exported)).isEqualTo(withoutIdentity(PlanMarkdown.write(PlanMarkdown.parse(original))));
        assertThat(PlanMarkdown.parse(exported).planId()).hasValueSatisfying(id -> assertThat(id.toString()).isEqualTo(planId));

        GraphQlTester.Response again = plans.mutate("importPlanMarkdown", Map.of("markdown", exported));
        again.path("importPlanMarkdown.errors").entityList(Object.class).hasSize(0);
        again.path("importPlanMarkdown.plan.revision").entity(Integer.class).isEqualTo(revision);
        assertThat(eventCount(planId)).isEqualTo(revision + 1);
        assertThat(export(planId)).isEqualTo(exported);
    }

    @ParameterizedTest
    @MethodSource("filesWithoutTitle")
    void aFileWithoutTitleLineCannotCreateAPlan(Path file) throws IOException {
        plans.mutate("importPlanMarkdown", Map.of("markdown", Files.readString(file, StandardCharsets.UTF_8)))
                .path("importPlanMarkdown.errors[0].rule").entity(String.class).isEqualTo("MARKDOWN_TITLE_MISSING");
    }

    static Stream<Path> filesWithoutTitle() {
        return WITHOUT_TITLE.stream().map(PLAN_FILES::resolve);
    }

    @Test
    void aPlanCreatedOverGraphQlExportsCanonicallyAndItsExportImportsAsANoOp() {
        String planId = plans.createPlan("Canonical", "v3");
        String phase = plans.addPhase(planId, "Build");
        String task = plans.addTask(planId, phase, "Compile");
        plans.addTask(planId, phase, "Test", task);
        plans.setTaskStatus(planId, task, "DONE");
        String exported = export(planId);

        assertThat(exported).startsWith("# Plan de développement v3 - Canonical\n<!-- opsledger plan=" + planId)
                .contains("## Phase 1: Build\n**Progression: 50%**\n\n- [x] Compile\n- [ ] Test\n");

        long before = eventCount(planId);
        plans.mutate("importPlanMarkdown", Map.of("markdown", exported))
                .path("importPlanMarkdown.errors").entityList(Object.class).hasSize(0);
        assertThat(eventCount(planId)).isEqualTo(before);
    }

    @Test
    void anEditedExportIsAppliedAndKeepsItsUnknownLines() {
        String planId = plans.createPlan("Edited", "v1");
        String phase = plans.addPhase(planId, "Work");
        plans.addTask(planId, phase, "First");
        plans.addTask(planId, phase, "Second");
        String edited = export(planId)
                .replace("- [ ] First", "- [x] First")
                .replace("- [ ] Second", "- [ ] Second, reworded\n- [ ] Third")
                .replace("## Phase 1: Work", "Notes nobody planned for.\n\n## Phase 1: Work");

        GraphQlTester.Response imported = plans.mutate("importPlanMarkdown", Map.of("markdown", edited));

        imported.path("importPlanMarkdown.errors").entityList(Object.class).hasSize(0);
        imported.path("importPlanMarkdown.plan.phases[0].tasks[*].description").entityList(String.class)
                .containsExactly("First", "Second, reworded", "Third");
        imported.path("importPlanMarkdown.plan.phases[0].tasks[0].status").entity(String.class).isEqualTo("DONE");
        assertThat(export(planId)).contains("Notes nobody planned for.").contains("- [x] First");
    }

    @Test
    void aFileOfAnotherPlanIsRefused() {
        String first = plans.createPlan("First", "v1");
        String second = plans.createPlan("Second", "v1");

        GraphQlTester.Response refused = plans.mutate("importPlanMarkdown",
                Map.of("planId", second, "markdown", export(first)));

        refused.path("importPlanMarkdown.errors[0].rule").entity(String.class).isEqualTo("MARKDOWN_PLAN_MISMATCH");
    }

    private static String export(String planId) {
        return server.http().documentName("planMarkdown").variable("id", planId).execute()
                .path("plan.markdown").entity(String.class).get();
    }

    private static long eventCount(String planId) {
        return server.jdbc().sql("SELECT COUNT(*) FROM domainevententry WHERE aggregateidentifier = :id")
                .param("id", planId).query(Long.class).single();
    }

    private static String withoutIdentity(String markdown) {
        PlanDocument document = PlanMarkdown.parse(markdown);
        return PlanMarkdown.writeExact(document.withLines(document.lines().stream()
                .filter(line -> !(line instanceof MarkdownLine.IdentityLine)).toList()));
    }
}

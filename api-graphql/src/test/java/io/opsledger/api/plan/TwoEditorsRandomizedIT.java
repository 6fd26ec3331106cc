package io.opsledger.api.plan;

import io.opsledger.kernel.plan.markdown.MarkdownLine;
import io.opsledger.kernel.plan.markdown.MarkdownLine.TaskLine;
import io.opsledger.kernel.plan.markdown.MarkdownLine.TitleLine;
import io.opsledger.kernel.plan.markdown.PlanDocument;
import io.opsledger.kernel.plan.markdown.PlanMarkdown;
import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PlanClient;
import io.opsledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.graphql.test.tester.GraphQlTester;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two editors change one plan from stale copies, interleaved at random: one over GraphQL, one by
 * editing an exported Markdown file and importing it back. After every change, each field the
 * editor meant to change either holds the new value, or the change is reported as a conflict
 * (settled by the strategy or left open): nothing is lost silently. The strategy's definition is
 * checked on every conflict, and at the end every open conflict can be resolved.
 */
class TwoEditorsRandomizedIT {

    private static final int STEPS = 40;
    private static final List<String> STATUSES = List.of("TODO", "IN_PROGRESS", "BLOCKED", "DONE");

    private static PostgresTestDatabase database;
    private static OpsledgerServer server;
    private static PlanClient client;

    @BeforeAll
    static void start() {
        database = PostgresTestDatabase.freshSchema();
        server = OpsledgerServer.onPostgres(database);
        client = new PlanClient(server.http());
    }

    @AfterAll
    static void stop() {
        server.close();
        database.drop();
    }

    /** A field of the plan one change meant to set: its conflict path, its entity, and the value. */
    record Intent(String field, String entityId, String value) {
    }

    @ParameterizedTest
    @EnumSource(names = {"AUTO_MERGE", "SOURCE_PRIORITY", "TARGET_PRIORITY", "MANUAL"})
    void noChangeIsLostSilentlyAndConflictsFollowTheStrategy(Strategy strategy) {
        long seed = 4242L + strategy.ordinal();
        Random random = new Random(seed);
        String planId = newPlan(strategy.name());
        Map<String, Object> staleForGraphQl = plan(planId);
        Map<String, Object> staleForMarkdown = plan(planId);
        String staleFile = (String) staleForMarkdown.get("markdown");
        int conflicts = 0;
        int openConflicts = 0;

        for (int step = 0; step < STEPS; step++) {
            boolean markdownEditor = random.nextBoolean();
            GraphQlTester.Response response;
            String mutation;
            List<Intent> intents = new ArrayList<>();
            if (markdownEditor) {
                mutation = "importPlanMarkdown";
                String edited = editFile(staleFile, staleForMarkdown, random, step, intents);
                response = client.mutate(mutation, Map.of("markdown", edited));
            } else {
                mutation = randomGraphQlChange(staleForGraphQl, random, step, intents);
                response = client.mutate(mutation, graphQlInput(mutation, planId, staleForGraphQl, intents.getFirst()));
            }
            String context = "seed " + seed + ", step " + step + ", " + mutation + " " + intents;

            List<Map<String, Object>> reported = response.path(mutation + ".conflicts").entityList(mapType()).get();
            List<Map<String, Object>> errors = response.path(mutation + ".errors").entityList(mapType()).get();
            assertThat(errors).as(context).allSatisfy(error -> assertThat(error.get("code")).isEqualTo("CONFLICT"));
            Map<String, Object> after = plan(planId);
            for (Intent intent : intents) {
                Map<String, Object> conflict = reported.stream()
                        .filter(c -> intent.field().equals(c.get("field")) && intent.entityId().equals(c.get("entityId")))
                        .findFirst().orElse(null);
                String now = valueOf(after, intent);
                if (conflict == null) {
                    assertThat(now).as("applied: " + context).isEqualTo(intent.value());
                    continue;
                }
                conflicts++;
                assertThat(conflict.get("incoming")).as(context).isEqualTo(intent.value());
                Object resolution = conflict.get("resolution");
                switch (strategy) {
                    case SOURCE_PRIORITY -> {
                        assertThat(resolution).as(context).isEqualTo("TOOK_INCOMING");
                        assertThat(now).as(context).isEqualTo(intent.value());
                    }
                    case TARGET_PRIORITY -> {
                        assertThat(resolution).as(context).isEqualTo("KEPT_CURRENT");
                        assertThat(now).as(context).isEqualTo(conflict.get("current"));
                    }
                    case MANUAL, AUTO_MERGE -> {
                        assertThat(resolution).as(context).isNull();
                        assertThat(now).as(context).isEqualTo(conflict.get("current"));
                        openConflicts++;
                    }
                }
            }
            assertThat(((List<?>) after.get("openConflicts"))).as(context).hasSize(openConflicts);
            if (random.nextInt(3) == 0) {
                staleForGraphQl = after;
            }
            if (random.nextInt(3) == 0) {
                staleForMarkdown = after;
                staleFile = (String) after.get("markdown");
            }
        }

        assertThat(conflicts).as("seed %d met no conflict: the test proved nothing", seed).isPositive();
        for (Object open : (List<?>) plan(planId).get("openConflicts")) {
            String conflictId = (String) ((Map<?, ?>) open).get("id");
            client.mutate("resolveConflict", Map.of("planId", planId, "conflictId", conflictId,
                    "resolution", "TOOK_INCOMING")).path("resolveConflict.errors").entityList(Object.class).hasSize(0);
        }
        assertThat((List<?>) plan(planId).get("openConflicts")).isEmpty();
    }

    enum Strategy { AUTO_MERGE, SOURCE_PRIORITY, TARGET_PRIORITY, MANUAL }

    private static String newPlan(String strategy) {
        GraphQlTester.Response created = client.mutate("createPlan",
                Map.of("title", "Two editors " + strategy, "version", "v1", "conflictStrategy", strategy));
        String planId = created.path("createPlan.plan.id").entity(String.class).get();
        for (int phase = 1; phase <= 2; phase++) {
            String phaseId = client.addPhase(planId, "Phase " + phase);
            for (int task = 1; task <= 3; task++) {
                client.addTask(planId, phaseId, "Task " + phase + "." + task);
            }
        }
        return planId;
    }

    /** One GraphQL change, chosen at random, against the editor's stale copy. */
    private static String randomGraphQlChange(Map<String, Object> stale, Random random, int step, List<Intent> intents) {
        List<Map<String, Object>> tasks = tasks(stale);
        Map<String, Object> task = tasks.get(random.nextInt(tasks.size()));
        switch (random.nextInt(3)) {
            case 0 -> {
                intents.add(new Intent("plan.title", (String) stale.get("id"), "GraphQL title " + step));
                return "renamePlan";
            }
            case 1 -> {
                intents.add(new Intent("task.description", (String) task.get("id"), "GraphQL " + step));
                return "editTask";
            }
            default -> {
                List<String> others = new ArrayList<>(STATUSES);
                others.remove(task.get("status"));
                intents.add(new Intent("task.status", (String) task.get("id"), others.get(random.nextInt(others.size()))));
                return "setTaskStatus";
            }
        }
    }

    private static Map<String, Object> graphQlInput(String mutation, String planId, Map<String, Object> stale, Intent intent) {
        Map<String, Object> input = new HashMap<>();
        input.put("basedOnRevision", stale.get("revision"));
        switch (mutation) {
            case "renamePlan" -> {
                input.put("id", planId);
                input.put("title", intent.value());
            }
            case "editTask" -> {
                input.put("planId", planId);
                input.put("taskId", intent.entityId());
                input.put("description", intent.value());
            }
            default -> {
                input.put("planId", planId);
                input.put("taskId", intent.entityId());
                input.put("status", intent.value());
            }
        }
        return input;
    }

    /** One or two edits to the stale file: the title, a task's wording, a checkbox. */
    private static String editFile(String file, Map<String, Object> stale, Random random, int step, List<Intent> intents) {
        PlanDocument document = PlanMarkdown.parse(file);
        List<MarkdownLine> lines = new ArrayList<>(document.lines());
        List<Map<String, Object>> tasks = tasks(stale);
        List<Integer> taskLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) instanceof TaskLine) {
                taskLines.add(i);
            }
        }
        int edits = 1 + random.nextInt(2);
        for (int edit = 0; edit < edits; edit++) {
            int kind = random.nextInt(3);
            if (kind == 0) {
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i) instanceof TitleLine title) {
                        String value = "Markdown title " + step;
                        lines.set(i, new TitleLine(title.lead(), title.prefix(), title.gap(), title.version(),
                                title.separator(), value, title.trailing(), title.eol()));
                        replaceIntent(intents, new Intent("plan.title", (String) stale.get("id"), value));
                    }
                }
                continue;
            }
            int index = random.nextInt(taskLines.size());
            TaskLine line = (TaskLine) lines.get(taskLines.get(index));
            Map<String, Object> task = tasks.get(index);
            String taskId = (String) task.get("id");
            if (kind == 1) {
                String value = "Markdown " + step + "." + edit;
                lines.set(taskLines.get(index), line.withDescription(value));
                replaceIntent(intents, new Intent("task.description", taskId, value));
            } else {
                boolean done = !line.done();
                lines.set(taskLines.get(index), line.withDone(done));
                String baseStatus = (String) task.get("status");
                String value = done ? "DONE" : "DONE".equals(baseStatus) ? "TODO" : baseStatus;
                replaceIntent(intents, new Intent("task.status", taskId, value));
            }
        }
        intents.removeIf(intent -> intent.value().equals(valueOf(stale, intent)));
        return PlanMarkdown.writeExact(document.withLines(lines));
    }

    private static void replaceIntent(List<Intent> intents, Intent intent) {
        intents.removeIf(existing -> existing.field().equals(intent.field()) && existing.entityId().equals(intent.entityId()));
        intents.add(intent);
    }

    private static String valueOf(Map<String, Object> plan, Intent intent) {
        if (intent.field().equals("plan.title")) {
            return (String) plan.get("title");
        }
        Map<String, Object> task = tasks(plan).stream().filter(t -> intent.entityId().equals(t.get("id")))
                .findFirst().orElseThrow();
        return (String) task.get(intent.field().equals("task.status") ? "status" : "description");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> tasks(Map<String, Object> plan) {
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (Object phase : (List<Object>) plan.get("phases")) {
            tasks.addAll((List<Map<String, Object>>) ((Map<String, Object>) phase).get("tasks"));
        }
        return tasks;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> plan(String planId) {
        return server.http().document("""
                        query($id: ID!) { plan(id: $id) { id title revision markdown
                          phases { tasks { id description status } } openConflicts { id } } }""")
                .variable("id", planId).execute().path("plan").entity(Map.class).get();
    }

    @SuppressWarnings("unchecked")
    private static Class<Map<String, Object>> mapType() {
        return (Class<Map<String, Object>>) (Class<?>) Map.class;
    }
}

package io.opsledger.api.projections;

import org.springframework.graphql.test.tester.GraphQlTester;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Waits, by asking the {@code projections} query, until processing groups have processed a position. */
final class ProjectionWait {

    private ProjectionWait() {
    }

    @SuppressWarnings("unchecked")
    static void caughtUp(GraphQlTester http, long position, String... groups) {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        String query = "{ projections { name position head state } }";
        while (true) {
            List<Map<String, Object>> all = http.document(query).execute().path("projections").entityList(Map.class).get()
                    .stream().map(group -> (Map<String, Object>) group).toList();
            boolean done = List.of(groups).stream().allMatch(name -> all.stream()
                    .anyMatch(group -> name.equals(group.get("name"))
                            && ((Number) group.get("position")).longValue() >= position));
            if (done) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("processing groups did not reach position " + position + ": " + all);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

package io.opsledger.support;

import org.springframework.graphql.test.tester.GraphQlTester;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** Backup mutations and queries over GraphQL as a client writes them. */
public final class BackupClient {

    private final GraphQlTester graphQl;

    public BackupClient(GraphQlTester graphQl) {
        this.graphQl = graphQl;
    }

    public GraphQlTester.Response mutate(String mutation, Map<String, Object> input) {
        return graphQl.documentName(mutation).variable("input", input).execute();
    }

    /** Creates a job and answers it as the payload shows it (with its pingUuid). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> createJob(Map<String, Object> input) {
        GraphQlTester.Response response = mutate("createBackupJob", input);
        response.path("createBackupJob.errors").entityList(Object.class).hasSize(0);
        return response.path("createBackupJob.job").entity(Map.class).get();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> job(String jobId) {
        return graphQl.documentName("backupJob").variable("id", jobId).execute()
                .path("backupJob").entity(Map.class).get();
    }

    /** The job once the read model shows what {@code until} expects (the projection runs asynchronously). */
    public Map<String, Object> awaitJob(String jobId, Predicate<Map<String, Object>> until) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> job(jobId), until);
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> runs(Map<String, Object> job) {
        return (List<Map<String, Object>>) job.get("runs");
    }
}

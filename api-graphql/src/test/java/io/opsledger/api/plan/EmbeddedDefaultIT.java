package io.opsledger.api.plan;

import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PlanClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default (no profile, H2 file under the data directory) serves plans and keeps them. */
class EmbeddedDefaultIT {

    @TempDir
    Path dataDir;

    @Test
    void planCreatedOnTheEmbeddedDefaultIsStillThereAfterARestart() {
        String planId;
        try (OpsledgerServer server = OpsledgerServer.embedded(dataDir)) {
            planId = new PlanClient(server.http()).createPlan("Embedded", "v1");
        }
        assertThat(Files.exists(dataDir.resolve("opsledger.mv.db"))).isTrue();

        try (OpsledgerServer restarted = OpsledgerServer.embedded(dataDir)) {
            restarted.http().documentName("plan").variable("id", planId).execute()
                    .path("plan.title").entity(String.class).isEqualTo("Embedded");
        }
    }
}

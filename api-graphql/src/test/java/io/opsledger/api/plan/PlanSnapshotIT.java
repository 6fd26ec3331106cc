package io.opsledger.api.plan;

import io.opsledger.kernel.MessageMetadata;
import io.opsledger.kernel.plan.CreatePlanCommand;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.PlanRenamedEvent;
import io.opsledger.kernel.plan.RenamePlanCommand;
import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PostgresTestDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan with 5,000 events answers its next command about as fast as a fresh plan: the command
 * loads the plan from its latest snapshot and the few events after it, not from its whole history.
 * Measured on the real event store (PostgreSQL), through the command gateway, as the median of
 * commands interleaved on the two plans so that warm-up and background work weigh on both alike.
 */
class PlanSnapshotIT {

    private static final int HISTORY = 5_000;
    private static final int SAMPLES = 25;
    /**
     * Generous: without snapshots every command replays 5,000 events, well over ten times a fresh
     * plan's cost (the first load shows it). What remains is reading a snapshot that holds up to
     * 1,000 remembered values of the title (the field history's window), a cost that no longer
     * grows with the plan's age; measured 1.6 and 2.1 on a machine shared by eight builds.
     */
    private static final double MAX_RATIO = 4.0;

    private static PostgresTestDatabase database;
    private static OpsledgerServer server;

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
    void aPlanWithFiveThousandEventsTakesItsNextCommandAboutAsFastAsAFreshPlan() {
        CommandGateway commands = server.bean(CommandGateway.class);
        PlanId longLived = PlanId.random();
        PlanId fresh = PlanId.random();
        commands.sendAndWait(new CreatePlanCommand(longLived, "Long lived", "v1", null));
        appendRenames(longLived, HISTORY - 1);
        commands.sendAndWait(new CreatePlanCommand(fresh, "Fresh", "v1", null));

        // The first command replays the whole history once and leaves a snapshot behind.
        long firstLoad = timed(() -> commands.sendAndWait(new RenamePlanCommand(longLived, "Warm-up", null)));
        assertThat(snapshotsOf(longLived)).isPositive();

        long[] longLivedNanos = new long[SAMPLES];
        long[] freshNanos = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            int round = i;
            longLivedNanos[i] = timed(() -> commands.sendAndWait(new RenamePlanCommand(longLived, "Long " + round, null)));
            freshNanos[i] = timed(() -> commands.sendAndWait(new RenamePlanCommand(fresh, "Fresh " + round, null)));
        }
        double ratio = (double) median(longLivedNanos) / median(freshNanos);
        System.out.printf("plan snapshot: first load of %d events %.1f ms; median command %.2f ms (5,000 events) vs "
                        + "%.2f ms (fresh), ratio %.2f%n", HISTORY, firstLoad / 1e6, median(longLivedNanos) / 1e6,
                median(freshNanos) / 1e6, ratio);
        assertThat(ratio).isLessThan(MAX_RATIO);
    }

    /** Appends the events directly, as the plan's own handlers would have, to build a long history fast. */
    private static void appendRenames(PlanId planId, int count) {
        MetaData metaData = MetaData.from(Map.of(MessageMetadata.PRINCIPAL, "snapshot-test",
                MessageMetadata.CORRELATION_ID, UUID.randomUUID().toString(),
                MessageMetadata.CAUSATION_ID, UUID.randomUUID().toString(),
                MessageMetadata.TIMESTAMP, Instant.now().toString()));
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (int sequence = 1; sequence <= count; sequence++) {
            events.add(new GenericDomainEventMessage<>("Plan", planId.toString(), sequence,
                    new PlanRenamedEvent(planId, "Title " + sequence), metaData));
        }
        server.bean(EventStore.class).publish(events);
    }

    private static long snapshotsOf(PlanId planId) {
        return server.jdbc().sql("SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = ?")
                .param(planId.toString()).query(Long.class).single();
    }

    private static long timed(Runnable command) {
        long start = System.nanoTime();
        command.run();
        return System.nanoTime() - start;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

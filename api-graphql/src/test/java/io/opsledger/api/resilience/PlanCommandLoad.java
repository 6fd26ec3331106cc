package io.opsledger.api.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.web.reactive.function.client.WebClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clients sending plan commands over GraphQL/HTTP, each waiting for its answer before the next:
 * {@code createPlan} with a plan id the client chooses, then renames of the client's own plans
 * with a title that is unique to that command, so each command can be found in the event store by
 * what the client chose. Records what was sent and what was acknowledged (answered without error).
 */
final class PlanCommandLoad {

    enum Kind { CREATE, RENAME }

    /** One command as the client chose it: the plan id, and the title that only this command writes. */
    record Command(Kind kind, UUID planId, String title) {
    }

    private static final String CREATE_PLAN = """
            mutation CreatePlan($input: CreatePlanInput!) {
              createPlan(input: $input) { createdId plan { id } errors { code message } }
            }""";
    private static final String RENAME_PLAN = """
            mutation RenamePlan($input: RenamePlanInput!) {
              renamePlan(input: $input) { plan { id } errors { code message } }
            }""";

    private final WebClient client;
    private final Queue<Command> sent = new ConcurrentLinkedQueue<>();
    private final Queue<Command> acknowledged = new ConcurrentLinkedQueue<>();
    private final Queue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failedAfterKill = new AtomicInteger();
    private final AtomicInteger budget = new AtomicInteger();
    private volatile CountDownLatch acknowledgements = new CountDownLatch(0);
    private volatile boolean stopped;
    private volatile boolean failuresExpected;

    PlanCommandLoad(WebClient client) {
        this.client = client;
    }

    /** Counts down once per acknowledged command, so a test can act after {@code count} of them. */
    CountDownLatch acknowledgements(int count) {
        acknowledgements = new CountDownLatch(count);
        return acknowledgements;
    }

    /** Starts {@code clients} clients that together send at most {@code total} commands within {@code within}. */
    List<Thread> start(int clients, int total, Duration within) {
        budget.set(total);
        long deadline = System.nanoTime() + within.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().name("plan-client-" + c).start(() -> client(deadline)));
        }
        return threads;
    }

    /** From now on a failed request is the kill's doing, not an error. */
    void expectFailures() {
        failuresExpected = true;
    }

    /** Stops sending; requests in flight finish or fail. */
    void stop(List<Thread> clients) throws InterruptedException {
        stopped = true;
        awaitEnd(clients);
    }

    /** Until the clients have sent their budget or run out of time (and their last answers came). */
    void awaitEnd(List<Thread> clients) throws InterruptedException {
        for (Thread thread : clients) {
            thread.join(TimeUnit.SECONDS.toMillis(120));
        }
    }

    List<Command> sent() {
        return List.copyOf(sent);
    }

    List<Command> acknowledged() {
        return List.copyOf(acknowledged);
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    int failedAfterKill() {
        return failedAfterKill.get();
    }

    private void client(long deadline) {
        List<UUID> mine = new ArrayList<>();
        for (int i = 0; !stopped && System.nanoTime() < deadline && budget.getAndDecrement() > 0; i++) {
            Command command = i % 2 == 0 || mine.isEmpty()
                    ? new Command(Kind.CREATE, UUID.randomUUID(), "Load plan " + UUID.randomUUID())
                    : new Command(Kind.RENAME, mine.get(ThreadLocalRandom.current().nextInt(mine.size())),
                            "Renamed " + UUID.randomUUID());
            sent.add(command);
            try {
                String failure = send(command);
                if (failure == null) {
                    acknowledged.add(command);
                    acknowledgements.countDown();
                    if (command.kind() == Kind.CREATE) {
                        mine.add(command.planId());
                    }
                } else {
                    failed(command, failure);
                }
            } catch (RuntimeException e) {
                failed(command, e.toString());
            }
        }
    }

    private void failed(Command command, String failure) {
        if (failuresExpected) {
            failedAfterKill.incrementAndGet();
        } else {
            errors.add(command.kind() + " " + command.planId() + ": " + failure);
        }
    }

    /** Sends one command; null when acknowledged, else what went wrong. */
    private String send(Command command) {
        boolean create = command.kind() == Kind.CREATE;
        Map<String, Object> input = create
                ? Map.of("id", command.planId().toString(), "title", command.title(), "version", "v1")
                : Map.of("id", command.planId().toString(), "title", command.title());
        JsonNode answer = client.post()
                .bodyValue(Map.of("query", create ? CREATE_PLAN : RENAME_PLAN, "variables", Map.of("input", input)))
                .retrieve().bodyToMono(JsonNode.class)
                .block(Duration.ofSeconds(30));
        if (answer == null) {
            return "no answer";
        }
        JsonNode payload = answer.path("data").path(create ? "createPlan" : "renamePlan");
        if (answer.has("errors") || !payload.path("errors").isEmpty()) {
            return answer.toString();
        }
        String planId = create ? payload.path("createdId").asText() : payload.path("plan").path("id").asText();
        return planId.equals(command.planId().toString()) ? null : "answered for another plan: " + answer;
    }
}

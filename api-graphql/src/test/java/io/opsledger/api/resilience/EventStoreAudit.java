package io.opsledger.api.resilience;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsledger.api.resilience.PlanCommandLoad.Command;
import io.opsledger.api.resilience.PlanCommandLoad.Kind;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the event store and the plan read model hold after a load, read with plain SQL from the
 * server's own database once the server has stopped: each command counted by what its client
 * chose (a created plan by its id, a rename by its unique title), and each plan's read-model row
 * compared with the plan replayed from its events.
 */
final class EventStoreAudit {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CREATED = "io.opsledger.kernel.plan.PlanCreatedEvent";
    private static final String RENAMED = "io.opsledger.kernel.plan.PlanRenamedEvent";

    /** A plan as its events say it stands: title and the sequence number of its last event. */
    record Replayed(String title, long revision) {
    }

    /** The figures a test prints and asserts. */
    record Figures(int sent, int acknowledged, int found, int missing, int duplicates, int storedWithoutAnswer) {
        @Override
        public String toString() {
            return "sent %d, acknowledged %d, found %d, missing %d, duplicates %d, stored without an answer %d"
                    .formatted(sent, acknowledged, found, missing, duplicates, storedWithoutAnswer);
        }
    }

    private final Map<String, Integer> occurrences = new HashMap<>();
    private final Map<String, Replayed> replayed = new HashMap<>();
    private final Map<String, Replayed> readModel = new HashMap<>();

    private EventStoreAudit() {
    }

    static EventStoreAudit read(Connection connection) throws SQLException, IOException {
        EventStoreAudit audit = new EventStoreAudit();
        try (Statement statement = connection.createStatement();
             ResultSet events = statement.executeQuery("""
                     SELECT aggregateidentifier, sequencenumber, payloadtype, payload FROM domainevententry
                     ORDER BY aggregateidentifier, sequencenumber""")) {
            while (events.next()) {
                String aggregate = events.getString(1).toLowerCase(Locale.ROOT);
                long sequence = events.getLong(2);
                String type = events.getString(3);
                Replayed before = audit.replayed.get(aggregate);
                if (type.equals(CREATED) || type.equals(RENAMED)) {
                    String title = JSON.readTree(new String(events.getBytes(4), StandardCharsets.UTF_8)).path("title").asText();
                    audit.occurrences.merge(type.equals(CREATED) ? "create " + aggregate : "rename " + title, 1, Integer::sum);
                    audit.replayed.put(aggregate, new Replayed(title, sequence));
                } else if (before != null) {
                    audit.replayed.put(aggregate, new Replayed(before.title(), sequence));
                }
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT plan_id, title, revision FROM plan_summary")) {
            while (rows.next()) {
                audit.readModel.put(rows.getString(1).toLowerCase(Locale.ROOT), new Replayed(rows.getString(2), rows.getLong(3)));
            }
        }
        return audit;
    }

    /** How many times the event store holds this command. */
    int occurrences(Command command) {
        String key = command.kind() == Kind.CREATE ? "create " + command.planId() : "rename " + command.title();
        return occurrences.getOrDefault(key, 0);
    }

    Figures figures(Collection<Command> sent, Collection<Command> acknowledged) {
        Set<Command> answered = new HashSet<>(acknowledged);
        int found = 0;
        int missing = 0;
        int duplicates = 0;
        int storedWithoutAnswer = 0;
        for (Command command : sent) {
            int stored = occurrences(command);
            duplicates += Math.max(0, stored - 1);
            if (answered.contains(command)) {
                if (stored > 0) {
                    found++;
                } else {
                    missing++;
                }
            } else if (stored > 0) {
                storedWithoutAnswer++;
            }
        }
        return new Figures(sent.size(), answered.size(), found, missing, duplicates, storedWithoutAnswer);
    }

    /** Every plan whose read-model row differs from its replay (or exists on one side only), described. */
    List<String> readModelDifferences() {
        List<String> differences = new ArrayList<>();
        replayed.forEach((plan, expected) -> {
            Replayed actual = readModel.get(plan);
            if (!expected.equals(actual)) {
                differences.add(plan + ": events say " + expected + ", read model has " + actual);
            }
        });
        readModel.keySet().stream().filter(plan -> !replayed.containsKey(plan))
                .forEach(plan -> differences.add(plan + ": in the read model, not in the event store"));
        return differences;
    }

    int plans() {
        return replayed.size();
    }
}

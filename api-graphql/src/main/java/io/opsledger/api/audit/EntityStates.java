package io.opsledger.api.audit;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opsledger.kernel.plan.ConflictStrategy;
import io.opsledger.kernel.plan.PlanProgress;
import io.opsledger.kernel.plan.PlanStatus;
import io.opsledger.kernel.plan.PlanView;
import io.opsledger.kernel.plan.TaskPriority;
import io.opsledger.kernel.plan.TaskStatus;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

/**
 * Turns a replayed aggregate into what the audit shows. A plan becomes a {@link PlanView}, the
 * shape the live {@code plan} query answers; other aggregates are shown as the JSON of the state
 * they keep. The aggregate's fields are read as data (Jackson, field by field), so the
 * aggregates need no accessor written for the audit and stay the one place their state is defined.
 */
@Component
class EntityStates {

    static final String PLAN = "Plan";

    private final JsonMapper fields = JsonMapper.builder().findAndAddModules()
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    private final JsonMapper views = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    /** The entity as the API shows it: a {@link PlanView} for plans, else the JSON of the aggregate's state. */
    Object view(EntityReplayer.Replay replay) {
        if (!replay.exists()) {
            return null;
        }
        JsonNode state = fields.valueToTree(replay.aggregate());
        return PLAN.equals(replay.entityType()) ? plan(state, replay) : state;
    }

    /** The view as JSON, the form the audit compares field by field. */
    JsonNode json(Object view) {
        return view instanceof JsonNode node ? node : views.valueToTree(view);
    }

    private PlanView plan(JsonNode state, EntityReplayer.Replay replay) {
        // The plan keeps its phases and tasks in its PlanContents.
        JsonNode contents = state.path("contents");
        Map<String, JsonNode> tasks = new HashMap<>();
        contents.path("tasks").forEach(task -> tasks.put(id(task.path("id")), task));
        List<JsonNode> phases = new ArrayList<>();
        contents.path("phases").forEach(phases::add);
        phases.sort(Comparator.comparingInt(phase -> phase.path("number").asInt()));
        List<PlanView.PhaseView> phaseViews = phases.stream().map(phase -> {
            List<PlanView.TaskView> taskViews = StreamSupport.stream(phase.path("tasks").spliterator(), false)
                    .map(taskId -> tasks.get(id(taskId)))
                    .map(EntityStates::task)
                    .toList();
            int done = (int) taskViews.stream().filter(task -> task.status() == TaskStatus.DONE).count();
            return new PlanView.PhaseView(UUID.fromString(id(phase.path("id"))), phase.path("number").asInt(),
                    phase.path("title").asText(), PlanProgress.ofPhase(done, taskViews.size()), taskViews);
        }).toList();
        return new PlanView(UUID.fromString(id(state.path("id"))), state.path("title").asText(),
                state.path("version").asText(), PlanStatus.valueOf(state.path("status").asText()),
                PlanProgress.ofPlan(phaseViews.stream().map(PlanView.PhaseView::progress).toList()),
                replay.revision(), replay.createdAt(), replay.updatedAt(),
                ConflictStrategy.valueOf(state.path("conflictStrategy").asText()), phaseViews, List.of());
    }

    private static PlanView.TaskView task(JsonNode task) {
        JsonNode due = task.path("dueDate");
        List<UUID> prerequisites = StreamSupport.stream(task.path("prerequisites").spliterator(), false)
                .map(prerequisite -> UUID.fromString(id(prerequisite))).toList();
        return new PlanView.TaskView(UUID.fromString(id(task.path("id"))), task.path("description").asText(),
                TaskStatus.valueOf(task.path("status").asText()), TaskPriority.valueOf(task.path("priority").asText()),
                due.isNull() || due.isMissingNode() ? null : LocalDate.parse(due.asText()), prerequisites);
    }

    /** A typed id ({@code {"value": "..."}}) or a bare one. */
    private static String id(JsonNode node) {
        return node instanceof ObjectNode object && object.has("value") ? object.get("value").asText() : node.asText();
    }
}

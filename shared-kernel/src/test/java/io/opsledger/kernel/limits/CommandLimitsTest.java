package io.opsledger.kernel.limits;

import io.opsledger.kernel.RuleViolationException;
import io.opsledger.kernel.dashboard.AddWidgetCommand;
import io.opsledger.kernel.dashboard.DashboardId;
import io.opsledger.kernel.dashboard.GridPlacement;
import io.opsledger.kernel.dashboard.WidgetBinding;
import io.opsledger.kernel.dashboard.WidgetId;
import io.opsledger.kernel.dashboard.WidgetSpec;
import io.opsledger.kernel.dashboard.WidgetType;
import io.opsledger.kernel.pipeline.CreatePipelineCommand;
import io.opsledger.kernel.pipeline.PipelineId;
import io.opsledger.kernel.pipeline.StartPipelineRunCommand;
import io.opsledger.kernel.pipeline.PipelineRunId;
import io.opsledger.kernel.pipeline.StepDefinition;
import io.opsledger.kernel.pipeline.StepKind;
import io.opsledger.kernel.pipeline.StepName;
import io.opsledger.kernel.plan.AddTaskCommand;
import io.opsledger.kernel.plan.CreatePlanCommand;
import io.opsledger.kernel.plan.ImportPlanMarkdownCommand;
import io.opsledger.kernel.plan.PhaseId;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.TaskId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandLimitsTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private final CommandLimits limits = new CommandLimits(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(24));

    @Test
    void normalisesTextToNfc() {
        CreatePlanCommand checked = limits.check(plan("Cafe\u0301"));
        assertThat(checked.title()).isEqualTo("Caf\u00e9");
    }

    @Test
    void passesAValidCommandUnchanged() {
        CreatePlanCommand command = plan("Migration");
        assertThat(limits.check(command)).isSameAs(command);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "line\nbreak", "esc\u001b[31m", "del\u007f", "sep\u2028"})
    void refusesControlCharactersInSingleLineText(String title) {
        assertBroken(() -> limits.check(plan(title)), LimitRule.TEXT_CONTROL_CHARACTER, "title");
    }

    @Test
    void acceptsLineBreaksInMultiLineText() {
        ImportPlanMarkdownCommand command = new ImportPlanMarkdownCommand(PlanId.random(), "# Plan\n\n- [ ] a\r\n", null, null);
        assertThat(limits.check(command).markdown()).contains("\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u00a0", "\u200b\u00a0\t"})
    void refusesBlankRequiredText(String title) {
        assertBroken(() -> limits.check(plan(title)), LimitRule.TEXT_REQUIRED, "title");
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String emoji = "\uD83D\uDE00".repeat(200);
        assertThat(limits.check(plan(emoji)).title()).isEqualTo(emoji);
        assertBroken(() -> limits.check(plan(emoji + "x")), LimitRule.TEXT_TOO_LONG, "title");
    }

    @Test
    void refusesALoneSurrogate() {
        assertBroken(() -> limits.check(plan("a\uD83D")), LimitRule.TEXT_CONTROL_CHARACTER, "title");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "+12026-01-01", "-2026-01-01", "26-01-01", "2026-1-1", "1899-12-31", "tomorrow"})
    void refusesDatesThatAreNotCalendarDaysInRange(String dueDate) {
        AddTaskCommand command = new AddTaskCommand(PlanId.random(), TaskId.random(), PhaseId.random(), "Task", null,
                dueDate, List.of());
        assertBroken(() -> limits.check(command), LimitRule.DATE_FORMAT, "dueDate");
    }

    @Test
    void acceptsALeapDayAndNoDate() {
        limits.check(new AddTaskCommand(PlanId.random(), TaskId.random(), PhaseId.random(), "T", null, "2028-02-29", List.of()));
        limits.check(new AddTaskCommand(PlanId.random(), TaskId.random(), PhaseId.random(), "T", null, "", List.of()));
    }

    @Test
    void refusesClientTimesBeyondTheWindow() {
        assertBroken(() -> limits.check(new StartPipelineRunCommand(PipelineRunId.random(), NOW.plus(Duration.ofHours(25)))),
                LimitRule.TIME_OUT_OF_WINDOW, "at");
        assertBroken(() -> limits.check(new StartPipelineRunCommand(PipelineRunId.random(), Instant.EPOCH)),
                LimitRule.TIME_OUT_OF_WINDOW, "at");
        limits.check(new StartPipelineRunCommand(PipelineRunId.random(), NOW.plus(Duration.ofHours(23))));
        limits.check(new StartPipelineRunCommand(PipelineRunId.random(), NOW.minus(Duration.ofDays(3000))));
    }

    @Test
    void namesTheNestedPathOfAGridOverflow() {
        WidgetSpec widget = new WidgetSpec(new WidgetId("w1"), WidgetType.COUNTER,
                new WidgetBinding("Open alerts", "open-alerts", Map.of()), new GridPlacement(Integer.MAX_VALUE, 0, 2, 1));
        assertBroken(() -> limits.check(new AddWidgetCommand(new DashboardId(java.util.UUID.randomUUID()), widget, null)),
                LimitRule.NUMBER_OUT_OF_RANGE, "widget.placement.x");
    }

    @Test
    void gridArithmeticDoesNotWrapAround() {
        assertThat(new GridPlacement(Integer.MAX_VALUE, 0, 2, 1).insideGrid()).isFalse();
        assertThat(new GridPlacement(Integer.MAX_VALUE, 0, 2, 1).overlaps(new GridPlacement(0, 0, 2, 1))).isFalse();
    }

    @Test
    void namesTheIndexOfABadListElement() {
        List<StepDefinition> steps = List.of(new StepDefinition(new StepName("extract"), StepKind.EXTRACT, List.of()),
                new StepDefinition(new StepName("load\u0000"), StepKind.EXTRACT, List.of()));
        assertBroken(() -> limits.check(new CreatePipelineCommand(new PipelineId(java.util.UUID.randomUUID()), "ns", "job", steps, 0, null)),
                LimitRule.TEXT_CONTROL_CHARACTER, "steps[1].name");
    }

    @Test
    void checksMapKeysAndValues() {
        WidgetSpec widget = new WidgetSpec(new WidgetId("w1"), WidgetType.COUNTER,
                new WidgetBinding("t", "open-alerts", Map.of("k".repeat(101), "v")), new GridPlacement(0, 0, 2, 1));
        assertBroken(() -> limits.check(new AddWidgetCommand(new DashboardId(java.util.UUID.randomUUID()), widget, null)),
                LimitRule.TEXT_TOO_LONG, "widget.binding.params." + "k".repeat(101));
    }

    private static CreatePlanCommand plan(String title) {
        return new CreatePlanCommand(PlanId.random(), title, "v1", null);
    }

    private static void assertBroken(Runnable check, LimitRule rule, String field) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(RuleViolationException.class, violation -> {
            assertThat(violation.rule()).isEqualTo(rule.name());
            assertThat(violation.field()).isEqualTo(field);
            assertThat(violation.getMessage()).contains(field);
        });
    }
}

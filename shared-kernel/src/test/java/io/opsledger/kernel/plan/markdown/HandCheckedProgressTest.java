package io.opsledger.kernel.plan.markdown;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Progress figures worked out by hand from the fixtures' checkboxes, so that the recomputation is
 * checked against something other than itself.
 */
class HandCheckedProgressTest {

    @Test
    void seedPlanCountsEachPhaseAndAveragesThemWithTheEmptyOneAtZero() {
        // Phase 1: 2 of 4; phase 2: 1 of 3; phase 3: no task. Plan: (50 + 33.33 + 0) / 3.
        String written = PlanMarkdown.write(PlanMarkdown.parse(PlanFiles.read("01-seed-canonical.md")));

        assertThat(progressLines(written)).containsExactly(
                "**Version 2.1 - 2026-06-12 - Progression: 27.78%**",
                "**Progression: 50%**",
                "**Progression: 33.33%**",
                "**Progression: 0%**");
    }

    @Test
    void nestedTasksCountLikeTopLevelOnes() {
        // Phase 1: 6 of 11 whatever their depth; phase 2: 2 of 3. Plan: (54.55 + 66.67) / 2.
        String written = PlanMarkdown.write(PlanMarkdown.parse(PlanFiles.read("02-nested-tasks.md")));

        assertThat(progressLines(written)).containsExactly(
                "**Version 1.0 - 2026-01-05 - Progression: 60.61%**",
                "**Progression: 54.55%**",
                "**Progression: 66.67%**");
    }

    @Test
    void phasesWithoutTasksCountAsZeroAndMissingFiguresStayMissing() {
        // Phases 1, 2 and 4 have no task, phase 3 has one done: (0 + 0 + 100 + 0) / 4.
        String written = PlanMarkdown.write(PlanMarkdown.parse(PlanFiles.read("08-empty-phases.md")));

        assertThat(progressLines(written)).containsExactly(
                "**Version 0.1 - 2026-02-01 - Progression: 25%**",
                "**Progression: 0%**",
                "**Progression: 100%**",
                "**Progression: 0%**");
    }

    @Test
    void staleFiguresWithCommasAreRewrittenWithDots() {
        // 1 of 3, 2 of 3, 1 of 8: (33.33 + 66.67 + 12.5) / 3 = 37.5.
        String written = PlanMarkdown.write(PlanMarkdown.parse(PlanFiles.read("14-stale-progress.md")));

        assertThat(progressLines(written)).containsExactly(
                "**Version 2.0 - 2026-06-30 - Progression: 37.5%**",
                "**Progression: 33.33%**",
                "**Progression: 66.67%**",
                "**Progression: 12.5%**");
    }

    @Test
    void oddlySpacedFiguresKeepTheirSpacing() {
        // Phase 1: 3 of 5; phase 2: 0 of 1. Plan: 30.
        String written = PlanMarkdown.write(PlanMarkdown.parse(PlanFiles.read("04-odd-spacing.md")));

        assertThat(progressLines(written)).containsExactly(
                "**Version  2.1 -2026-06-12-  Progression :30 % **",
                "**Progression:60%**",
                "  **  Progression :  0 %  **  ");
    }

    private static List<String> progressLines(String markdown) {
        return markdown.lines().filter(line -> line.contains("%")).toList();
    }
}

package io.opsledger.kernel.plan.markdown;

import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.markdown.PlanDocument.Phase;
import io.opsledger.kernel.plan.markdown.PlanDocument.Task;
import io.opsledger.kernel.plan.markdown.PlanMarkdown.PhaseOutline;
import io.opsledger.kernel.plan.markdown.PlanMarkdown.TaskOutline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/** Writing a plan that has never been imported, so has no layout of its own. */
class PlanMarkdownRenderTest {

    private static final PlanId PLAN = PlanId.of("3f2b8c1e-9d4a-4b7e-a1c2-5e6f7a8b9c0d");

    private static final List<PhaseOutline> PHASES = List.of(
            new PhaseOutline(1, "Nom de Phase", List.of(
                    new TaskOutline("Tâche complétée", true, 0),
                    new TaskOutline("Tâche en cours", false, 0),
                    new TaskOutline("Sous-tâche", false, 1))),
            new PhaseOutline(2, "Sans tâche", List.of()));

    @Test
    void rendersTheSeedFormatWithComputedProgress() {
        String markdown = PlanMarkdown.render("Titre", "v55", "2.1", "2026-06-12", PLAN, 7, PHASES);

        assertThat(markdown).isEqualTo("""
                # Plan de développement v55 - Titre
                <!-- opsledger plan=3f2b8c1e-9d4a-4b7e-a1c2-5e6f7a8b9c0d revision=7 -->
                **Version 2.1 - 2026-06-12 - Progression: 16.67%**

                ## Phase 1: Nom de Phase
                **Progression: 33.33%**

                - [x] Tâche complétée
                - [ ] Tâche en cours
                  - [ ] Sous-tâche

                ## Phase 2: Sans tâche
                **Progression: 0%**
                """);
    }

    @Test
    void whatIsRenderedReadsBackAsThePlanItCameFrom() {
        PlanDocument document = PlanMarkdown.parse(PlanMarkdown.render("Titre", "v55", "2.1", "2026-06-12", PLAN, 7, PHASES));

        assertThat(document.warnings()).isEmpty();
        assertThat(document.unknownLines()).allSatisfy(line -> assertThat(line.text()).isEmpty());
        assertThat(document.title()).contains("Titre");
        assertThat(document.version()).contains("v55");
        assertThat(document.versionLabel()).contains("2.1");
        assertThat(document.date()).contains("2026-06-12");
        assertThat(document.planId()).contains(PLAN);
        assertThat(document.revision()).hasValue(7);
        assertThat(document.phases()).extracting(Phase::number, Phase::title).containsExactly(
                tuple(1, "Nom de Phase"), tuple(2, "Sans tâche"));
        assertThat(document.phases().getFirst().tasks()).extracting(Task::description, Task::done, Task::depth)
                .containsExactly(
                        tuple("Tâche complétée", true, 0),
                        tuple("Tâche en cours", false, 0),
                        tuple("Sous-tâche", false, 1));
    }

    @Test
    void theLayoutIsWhatParsingTheRenderedTextGives() {
        PlanDocument layout = PlanMarkdown.layout("Titre", "v55", "2.1", "2026-06-12", PLAN, 7, PHASES);

        assertThat(PlanMarkdown.parse(PlanMarkdown.writeExact(layout))).isEqualTo(layout);
    }

    @Test
    void withoutAPlanIdThereIsNoIdentityComment() {
        String markdown = PlanMarkdown.render("Titre", "v1", "1.0", "", null, 0, List.of());

        assertThat(markdown).isEqualTo("""
                # Plan de développement v1 - Titre
                **Version 1.0 - Progression: 0%**
                """);
        assertThat(PlanMarkdown.parse(markdown).date()).isEmpty();
    }

    @Test
    void putsTextOnOneLineAndNestsNoDeeperThanTheFileCanSay() {
        List<PhaseOutline> phases = List.of(new PhaseOutline(3, "Deux\nlignes", List.of(
                new TaskOutline("  Trop\r\nprofonde  ", false, 4),
                new TaskOutline("Enfant", true, 2),
                new TaskOutline("", false, -1))));

        String markdown = PlanMarkdown.render("Un\ntitre", "v2", "1.0", "2026-01-01", null, 0, phases);

        assertThat(markdown).endsWith("""
                ## Phase 3: Deux lignes
                **Progression: 33.33%**

                - [ ] Trop profonde
                  - [x] Enfant
                - [ ]
                """);
        assertThat(PlanMarkdown.parse(markdown).title()).contains("Un titre");
        assertThat(PlanMarkdown.parse(markdown).phases().getFirst().tasks()).extracting(Task::depth)
                .containsExactly(0, 1, 0);
    }

    @Test
    void refusesAVersionTheTitleLineCouldNotCarry() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PlanMarkdown.render("T", "55", "1.0", "2026-01-01", null, 0, List.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PlanMarkdown.render("T", "v55", "1 0", "2026-01-01", null, 0, List.of()));
    }
}

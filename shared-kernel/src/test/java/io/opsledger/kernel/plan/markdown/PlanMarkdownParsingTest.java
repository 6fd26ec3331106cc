package io.opsledger.kernel.plan.markdown;

import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.markdown.MarkdownLine.MetaLine;
import io.opsledger.kernel.plan.markdown.MarkdownLine.PhaseHeading;
import io.opsledger.kernel.plan.markdown.MarkdownLine.RawLine;
import io.opsledger.kernel.plan.markdown.MarkdownLine.SubsectionHeading;
import io.opsledger.kernel.plan.markdown.MarkdownLine.TaskLine;
import io.opsledger.kernel.plan.markdown.MarkdownLine.TitleLine;
import io.opsledger.kernel.plan.markdown.PlanDocument.Phase;
import io.opsledger.kernel.plan.markdown.PlanDocument.Task;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PlanMarkdownParsingTest {

    @Test
    void readsTheHeaderOfTheSeedFormat() {
        PlanDocument document = PlanMarkdown.parse(PlanFiles.read("01-seed-canonical.md"));

        assertThat(document.title()).contains("Synchronisation des plans");
        assertThat(document.version()).contains("v55");
        assertThat(document.versionLabel()).contains("2.1");
        assertThat(document.date()).contains("2026-06-12");
        assertThat(document.statedProgress()).isEqualTo(OptionalDouble.of(45));
        assertThat(document.titleLine()).map(TitleLine::prefix).contains("Plan de développement");
        assertThat(document.planId()).isEmpty();
        assertThat(document.revision()).isEmpty();
        assertThat(document.warnings()).isEmpty();
    }

    @Test
    void readsPhasesWithTheirSubsectionsAndTasks() {
        List<Phase> phases = PlanMarkdown.parse(PlanFiles.read("01-seed-canonical.md")).phases();

        assertThat(phases).extracting(Phase::number, Phase::title, Phase::statedProgress).containsExactly(
                tuple(1, "Fondations", OptionalDouble.of(50)),
                tuple(2, "Moteur de synchronisation", OptionalDouble.of(33)),
                tuple(3, "Résolution des conflits", OptionalDouble.of(0)));
        assertThat(phases.getFirst().subsections()).containsExactly("1.1 Parser Markdown", "1.2 Écriture");
        assertThat(phases.getFirst().tasks()).extracting(Task::lineNumber, Task::done, Task::description).containsExactly(
                tuple(8, true, "Lire le titre et la version"),
                tuple(9, true, "Lire les phases"),
                tuple(10, false, "Lire les tâches imbriquées"),
                tuple(13, false, "Réécrire le fichier à l'identique"));
        assertThat(phases.get(2).tasks()).isEmpty();
    }

    @Test
    void readsTheIdentityCommentTheExporterWrites() {
        PlanDocument document = PlanMarkdown.parse(PlanFiles.read("11-identity-comment.md"));

        assertThat(document.planId()).contains(PlanId.of("3f2b8c1e-9d4a-4b7e-a1c2-5e6f7a8b9c0d"));
        assertThat(document.revision()).hasValue(42);
        assertThat(document.unknownLines()).extracting(RawLine::text).doesNotContain(
                "<!-- opsledger plan=3f2b8c1e-9d4a-4b7e-a1c2-5e6f7a8b9c0d revision=42 -->");
    }

    @Test
    void findsNestingDepthFromTheIndentsWhateverTheirWidth() {
        List<Phase> phases = PlanMarkdown.parse(PlanFiles.read("02-nested-tasks.md")).phases();

        assertThat(phases.getFirst().tasks()).extracting(Task::depth, Task::done).containsExactly(
                tuple(0, true), tuple(1, true), tuple(2, false), tuple(3, true), tuple(1, false),
                tuple(0, false), tuple(1, true), tuple(1, false), tuple(2, true), tuple(3, false),
                tuple(0, true));
        assertThat(phases.get(1).tasks()).extracting(Task::depth).containsExactly(0, 1, 2);
    }

    @Test
    void toleratesOddSpacingButKeepsItInTheLines() {
        PlanDocument document = PlanMarkdown.parse(PlanFiles.read("04-odd-spacing.md"));

        assertThat(document.title()).contains("Espacements");
        assertThat(document.version()).contains("v8");
        assertThat(document.versionLabel()).contains("2.1");
        assertThat(document.date()).contains("2026-06-12");
        assertThat(document.phases()).extracting(Phase::number, Phase::title, Phase::statedProgress).containsExactly(
                tuple(1, "Espaces bizarres", OptionalDouble.of(50)),
                tuple(2, "Tiret cadratin", OptionalDouble.of(12.5)));
        assertThat(document.phases().getFirst().tasks()).extracting(Task::done, Task::description).containsExactly(
                tuple(true, "Collée au crochet"),
                tuple(false, "Tabulation après la case"),
                tuple(true, "Trois espaces avant la description"),
                tuple(false, "Sans espace après la puce"),
                tuple(true, "Imbriquée avec espaces doubles"));
        assertThat(document.lines()).filteredOn(PhaseHeading.class::isInstance).extracting(MarkdownLine::text)
                .containsExactly("##Phase 1 :  Espaces bizarres", "##   Phase   2   —   Tiret cadratin");
        assertThat(document.warnings()).isEmpty();
    }

    @Test
    void doesNotTakeFakeTasksInCodeCommentsOrTablesForTasks() {
        PlanDocument document = PlanMarkdown.parse(PlanFiles.read("07-unknown-lines.md"));

        assertThat(document.phases()).extracting(Phase::number).containsExactly(1, 2);
        assertThat(document.phases()).flatExtracting(Phase::tasks).extracting(Task::description).containsExactly(
                "Vraie tâche une", "Vraie tâche deux", "Tâche après un bloc de code", "Tâche finale");
        assertThat(document.unknownLines()).extracting(RawLine::text).contains(
                "- [ ] Fausse tâche dans un bloc de code",
                "## Phase 9: Fausse phase dans le code",
                "- [x] Fausse tâche dans un bloc tilde",
                "- [ ] Fausse tâche dans un commentaire",
                "  - [x] fausse tâche dans un bloc indenté",
                "| - [ ] faux | ok |",
                "- [Lien un](https://example.org/1)");
        assertThat(document.warnings()).isEmpty();
    }

    @Test
    void aHeadingOfAnotherKindEndsThePhaseAboveIt() {
        PlanDocument document = PlanMarkdown.parse("""
                ## Phase 1: Seule
                - [x] Comptée
                ## Notes
                - [ ] Pas dans la phase
                """);

        assertThat(document.phases()).singleElement().extracting(Phase::progress).isEqualTo(100.0);
        assertThat(document.lines().get(3)).isEqualTo(new RawLine("- [ ] Pas dans la phase", "\n"));
    }

    @Test
    void subsectionsBelongToTheirPhaseAndDoNotInterruptIt() {
        PlanDocument document = PlanMarkdown.parse(PlanFiles.read("10-subsections.md"));

        Phase first = document.phases().getFirst();
        assertThat(first.subsections()).containsExactly(
                "1.1 Première sous-section", "1.2 Deuxième sous-section", "Sous-section sans numéro ni espace");
        assertThat(first.tasks()).hasSize(6);
        assertThat(document.unknownLines()).extracting(RawLine::text)
                .contains("#### 1.2.1 Titre de niveau quatre, gardé comme texte");
        assertThat(document.lines()).filteredOn(SubsectionHeading.class::isInstance).hasSize(4);
    }

    @Test
    void keepsPhasesInDocumentOrderWhateverTheirNumbers() {
        PlanDocument document = PlanMarkdown.parse(PlanFiles.read("09-phases-out-of-order.md"));

        assertThat(document.phases()).extracting(Phase::number).containsExactly(3, 1, 10, 2);
        assertThat(document.phases()).extracting(Phase::progress).containsExactly(100.0, 50.0, 0.0, 100.0);
    }

    @Test
    void readsUnicodeTextAsItIs() {
        PlanDocument document = PlanMarkdown.parse(PlanFiles.read("03-unicode.md"));

        assertThat(document.title()).contains("Été 2026 🚀 国际化");
        assertThat(document.phases().get(1).title()).isEqualTo("日本語と中文");
        assertThat(document.phases()).flatExtracting(Phase::tasks).extracting(Task::description)
                .contains("Émoji dans une tâche 🎉✅ (👩‍💻 avec ZWJ)", "中文任务：同步计划", "한국어 작업 🇫🇷");
    }

    @Test
    void keepsLineEndingsByteOrderMarkAndMissingFinalNewline() {
        PlanDocument bom = PlanMarkdown.parse(PlanFiles.read("12-bom-mixed-endings.md"));
        PlanDocument unterminated = PlanMarkdown.parse(PlanFiles.read("06-no-final-newline.md"));

        assertThat(bom.byteOrderMark()).isTrue();
        assertThat(bom.title()).contains("Marque d'ordre des octets");
        assertThat(bom.lines()).extracting(MarkdownLine::eol)
                .containsExactly("\r\n", "\n", "\r\n", "\n", "\r\n", "\n", "\n", "\r\n", "\n");
        assertThat(unterminated.lines().getLast().eol()).isEmpty();
        assertThat(unterminated.lines().getLast()).isInstanceOf(TaskLine.class);
    }

    @Test
    void treatsALoneCarriageReturnAsALineEnd() {
        String source = "## Phase 1: Mac\r- [x] Une\r- [ ] Deux";

        PlanDocument document = PlanMarkdown.parse(source);

        assertThat(document.phases().getFirst().tasks()).hasSize(2);
        assertThat(PlanMarkdown.writeExact(document)).isEqualTo(source);
    }

    @Test
    void keepsUnicodeLineSeparatorsInsideALine() {
        String source = "## Phase 1: A\u2028B\n- [ ] Tâche\u0085suite\n";

        PlanDocument document = PlanMarkdown.parse(source);

        assertThat(document.phases().getFirst().title()).isEqualTo("A\u2028B");
        assertThat(document.phases().getFirst().tasks()).extracting(Task::description).containsExactly("Tâche\u0085suite");
        assertThat(PlanMarkdown.writeExact(document)).isEqualTo(source);
    }

    @Test
    void readsAVersionLineWithoutDateOrProgress() {
        MetaLine withoutDate = PlanMarkdown.parse("**Version 2.1 - Progression: 40%**").metaLine().orElseThrow();
        MetaLine withoutProgress = PlanMarkdown.parse("**Version 2.1 - 2026-06-12**").metaLine().orElseThrow();

        assertThat(withoutDate.date()).isEmpty();
        assertThat(withoutDate.progress()).isEqualTo("40");
        assertThat(withoutProgress.date()).isEqualTo("2026-06-12");
        assertThat(withoutProgress.hasProgress()).isFalse();
        assertThat(PlanMarkdown.write(PlanMarkdown.parse("**Version 2.1 - 2026-06-12**\n")))
                .isEqualTo("**Version 2.1 - 2026-06-12**\n");
    }

    @Test
    void readsEmptyInput() {
        PlanDocument document = PlanMarkdown.parse("");

        assertThat(document.lines()).isEmpty();
        assertThat(document.phases()).isEmpty();
        assertThat(document.progress()).isZero();
        assertThat(PlanMarkdown.write(document)).isEmpty();
        assertThat(PlanMarkdown.writeExact(PlanMarkdown.parse("\uFEFF"))).isEqualTo("\uFEFF");
    }

    @Test
    void changingATaskLineChangesOnlyItsCheckbox() {
        String source = "## Phase 1: A\n**Progression: 0%**\n  *   [ ]  Tâche   \n";
        PlanDocument document = PlanMarkdown.parse(source);
        TaskLine task = (TaskLine) document.lines().get(2);

        PlanDocument changed = document.withLines(List.of(document.lines().get(0), document.lines().get(1), task.withDone(true)));

        assertThat(PlanMarkdown.write(changed)).isEqualTo("## Phase 1: A\n**Progression: 100%**\n  *   [x]  Tâche   \n");
    }
}

package io.opsledger.kernel.plan.markdown;

import io.opsledger.kernel.plan.markdown.MarkdownLine.RawLine;
import io.opsledger.kernel.plan.markdown.PlanDocument.Phase;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Input that looks like the format but is not quite: kept as text, reported, never thrown on. */
class PlanMarkdownWarningsTest {

    @Test
    void reportsEveryUnreadableLineOfAMalformedFile() {
        PlanDocument document = PlanMarkdown.parse(PlanFiles.read("13-malformed.md"));

        assertThat(document.warnings()).extracting(ParseWarning::line, ParseWarning::message).containsExactly(
                tuple(1, "title line has no plan version (v followed by digits)"),
                tuple(4, "task outside any phase kept as text"),
                tuple(6, "phase heading without a number; expected ## Phase N: Name"),
                tuple(7, "task outside any phase kept as text"),
                tuple(12, "checkbox not understood; a task is - [ ], - [x] or - [X]"),
                tuple(14, "checkbox not understood; a task is - [ ], - [x] or - [X]"),
                tuple(16, "phase number 1 appears more than once"),
                tuple(19, "opsledger identity comment not understood; expected <!-- opsledger plan=<uuid> revision=<n> -->"),
                tuple(22, "code fence is never closed; every line after it was kept as text"));
        assertThat(document.title()).isEmpty();
        assertThat(document.versionLabel()).contains("1.0");
        assertThat(document.planId()).isEmpty();
        assertThat(document.phases()).extracting(Phase::number).containsExactly(1, 1);
        assertThat(document.unknownLines()).extracting(RawLine::text)
                .contains("## Phase X: Numéro qui n'est pas un nombre", "- [?] Case inconnue", "- [x] Bloc jamais fermé");
    }

    @Test
    void aPhaseHeadingWithAWordForANumberIsText() {
        PlanDocument document = PlanMarkdown.parse("## Phase deux: Nom\n## Phase 2a: Nom\n## Phase 1.5: Nom\n");

        assertThat(document.phases()).isEmpty();
        assertThat(document.warnings()).extracting(ParseWarning::line).containsExactly(1, 2, 3);
    }

    @Test
    void aHeadingThatMerelyStartsWithPhaseIsNotAPhase() {
        PlanDocument document = PlanMarkdown.parse("## Phases à venir\n");

        assertThat(document.phases()).isEmpty();
        assertThat(document.warnings()).isEmpty();
    }

    @Test
    void onlyTheFirstTitleIsTheTitle() {
        PlanDocument document = PlanMarkdown.parse("# Plan de développement v1 - Un\n# Plan de développement v2 - Deux\n");

        assertThat(document.version()).contains("v1");
        assertThat(document.warnings()).extracting(ParseWarning::line, ParseWarning::message).containsExactly(
                tuple(2, "second level-one heading kept as text; a plan file has one title"));
    }

    @Test
    void aVersionLineThatCannotBeReadIsReported() {
        PlanDocument document = PlanMarkdown.parse("# Plan v1 - T\n**Version 2.1 - 2026-06-12 - Progression: beaucoup%**\n");

        assertThat(document.metaLine()).isEmpty();
        assertThat(document.warnings()).extracting(ParseWarning::line).containsExactly(2);
    }

    @Test
    void aSecondIdentityCommentIsIgnored() {
        PlanDocument document = PlanMarkdown.parse("""
                <!-- opsledger plan=3f2b8c1e-9d4a-4b7e-a1c2-5e6f7a8b9c0d revision=1 -->
                <!-- opsledger plan=00000000-0000-0000-0000-000000000000 revision=2 -->
                """);

        assertThat(document.revision()).hasValue(1);
        assertThat(document.warnings()).extracting(ParseWarning::line).containsExactly(2);
    }

    @Test
    void anUnclosedCommentHidesTheRestAndIsReported() {
        PlanDocument document = PlanMarkdown.parse("## Phase 1: A\n<!--\n- [x] cachée\n");

        assertThat(document.phases().getFirst().tasks()).isEmpty();
        assertThat(document.warnings()).extracting(ParseWarning::line, ParseWarning::message).containsExactly(
                tuple(2, "HTML comment is never closed; every line after it was kept as text"));
    }

    @Test
    void aLineTooLongToSearchIsKeptAsText() {
        String longLine = "**Version " + "1-".repeat(MarkdownParser.MAX_RECOGNISED_LENGTH / 2);

        PlanDocument document = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> PlanMarkdown.parse(longLine + "\n"));

        assertThat(document.warnings()).extracting(ParseWarning::line).containsExactly(1);
        assertThat(PlanMarkdown.writeExact(document)).isEqualTo(longLine + "\n");
    }

    @Test
    void theLongestSearchedLinesAreStillReadQuickly() {
        int n = MarkdownParser.MAX_RECOGNISED_LENGTH - 20;
        String blanks = " ".repeat(n);
        String adversarial = String.join("\n",
                "# " + blanks + "x",
                "**Version " + "1-".repeat(n / 2),
                "**Version 1 -" + blanks + "x",
                "## Phase 1: p",
                "### " + blanks + "x",
                "- [ ]" + blanks + "x",
                "**Progression:" + blanks + "1",
                "## Phase 2" + blanks + "x",
                "```" + "`".repeat(n / 2) + "x".repeat(n / 2 - 1) + "`") + "\n";

        PlanDocument document = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> PlanMarkdown.parse(adversarial));

        assertThat(PlanMarkdown.writeExact(document)).isEqualTo(adversarial);
    }
}

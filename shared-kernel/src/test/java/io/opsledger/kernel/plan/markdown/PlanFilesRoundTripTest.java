package io.opsledger.kernel.plan.markdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Properties every fixture must have, whatever it contains. */
class PlanFilesRoundTripTest {

    private static final Pattern PROGRESS_FIGURE =
            Pattern.compile("(?i)(progression[ \\t]*:[ \\t]*)\\d+(?:[.,]\\d+)?");

    static List<String> files() {
        return PlanFiles.names();
    }

    @Test
    void fixturesCoverAtLeastTwelveFiles() {
        assertThat(files()).hasSizeGreaterThanOrEqualTo(12);
    }

    @ParameterizedTest
    @MethodSource("files")
    void exactWritingReproducesTheFileByteForByte(String file) {
        String source = PlanFiles.read(file);

        String written = PlanMarkdown.writeExact(PlanMarkdown.parse(source));

        assertThat(written.getBytes(StandardCharsets.UTF_8)).isEqualTo(source.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("files")
    void recomputingChangesNothingButProgressFigures(String file) {
        String source = PlanFiles.read(file);

        String written = PlanMarkdown.write(PlanMarkdown.parse(source));

        assertThat(masked(written)).isEqualTo(masked(source));
    }

    @ParameterizedTest
    @MethodSource("files")
    void recomputedFiguresAgreeWithTheCheckboxes(String file) {
        PlanDocument reread = PlanMarkdown.parse(PlanMarkdown.write(PlanMarkdown.parse(PlanFiles.read(file))));

        for (PlanDocument.Phase phase : reread.phases()) {
            phase.statedProgress().ifPresent(stated -> assertThat(stated).isCloseTo(phase.progress(), within(1e-9)));
        }
        reread.statedProgress().ifPresent(stated -> assertThat(stated).isCloseTo(reread.progress(), within(1e-9)));
    }

    @ParameterizedTest
    @MethodSource("files")
    void parsingWhatWasWrittenGivesTheSameDocument(String file) {
        PlanDocument parsed = PlanMarkdown.parse(PlanFiles.read(file));

        assertThat(PlanMarkdown.parse(PlanMarkdown.writeExact(parsed))).isEqualTo(parsed);
        assertThat(PlanMarkdown.parse(PlanMarkdown.write(parsed))).isEqualTo(parsed.withRecomputedProgress());
    }

    @ParameterizedTest
    @MethodSource("files")
    void writingTwiceGivesWhatWritingOnceGave(String file) {
        String once = PlanMarkdown.write(PlanMarkdown.parse(PlanFiles.read(file)));

        assertThat(PlanMarkdown.write(PlanMarkdown.parse(once))).isEqualTo(once);
    }

    private static String masked(String markdown) {
        return PROGRESS_FIGURE.matcher(markdown).replaceAll("$1#");
    }
}

package io.opsledger.kernel.plan.markdown;

import io.opsledger.kernel.plan.PlanId;

import java.util.Objects;
import java.util.UUID;

/**
 * One line of a plan file. Each kind splits its line into the pieces the format gives meaning to
 * and the pieces that only carry the author's spacing; {@link #text()} joins them back, so a line
 * read from a file is written out exactly as it was. {@link #eol()} is the line's own terminator
 * ({@code "\n"}, {@code "\r\n"}, {@code "\r"}), or empty for a last line without one.
 */
public sealed interface MarkdownLine {

    String text();

    String eol();

    /**
     * The plan's heading, e.g. {@code # Plan de développement v55 - Titre}: {@code lead} is the
     * hash and its spacing, {@code prefix} the words before the version, {@code separator} what
     * stands between version and title.
     */
    record TitleLine(String lead, String prefix, String gap, String version, String separator, String title,
                     String trailing, String eol) implements MarkdownLine {

        public TitleLine {
            requireAll(lead, prefix, gap, version, separator, title, trailing, eol);
        }

        @Override
        public String text() {
            return lead + prefix + gap + version + separator + title + trailing;
        }
    }

    /**
     * {@code **Version 2.1 - 2026-06-12 - Progression: 45%**}. The date and the progress may be
     * missing, in which case they and their separators are empty.
     */
    record MetaLine(String head, String versionLabel, String dateSeparator, String date,
                    String progressSeparator, String progress, String percent, String tail,
                    String eol) implements MarkdownLine {

        public MetaLine {
            requireAll(head, versionLabel, dateSeparator, date, progressSeparator, progress, percent, tail, eol);
        }

        public boolean hasProgress() {
            return !progress.isEmpty();
        }

        public MetaLine withProgress(String figure) {
            return hasProgress()
                    ? new MetaLine(head, versionLabel, dateSeparator, date, progressSeparator, figure, percent, tail, eol)
                    : this;
        }

        @Override
        public String text() {
            return head + versionLabel + dateSeparator + date + progressSeparator + progress + percent + tail;
        }
    }

    /**
     * {@code <!-- opsledger plan=<uuid> revision=<n> -->}: which plan, at which revision, a file was
     * exported from. The id and revision are kept as written (letter case, leading zeros).
     */
    record IdentityLine(String head, String planIdText, String middle, String revisionText, String tail,
                        String eol) implements MarkdownLine {

        public IdentityLine {
            requireAll(head, planIdText, middle, revisionText, tail, eol);
        }

        public PlanId planId() {
            return new PlanId(UUID.fromString(planIdText));
        }

        public long revision() {
            return Long.parseLong(revisionText);
        }

        @Override
        public String text() {
            return head + planIdText + middle + revisionText + tail;
        }
    }

    /** {@code ## Phase N: Name}; {@code numberText} holds the digits as written ({@code 01} stays {@code 01}). */
    record PhaseHeading(String head, String numberText, String separator, String title, String trailing,
                        String eol) implements MarkdownLine {

        public PhaseHeading {
            requireAll(head, numberText, separator, title, trailing, eol);
        }

        public int number() {
            return Integer.parseInt(numberText);
        }

        @Override
        public String text() {
            return head + numberText + separator + title + trailing;
        }
    }

    /** {@code **Progression: X%**} under a phase heading; the first such line of a phase is its figure. */
    record PhaseProgressLine(String head, String progress, String tail, String eol) implements MarkdownLine {

        public PhaseProgressLine {
            requireAll(head, progress, tail, eol);
        }

        public PhaseProgressLine withProgress(String figure) {
            return new PhaseProgressLine(head, figure, tail, eol);
        }

        @Override
        public String text() {
            return head + progress + tail;
        }
    }

    /**
     * {@code ### 1.1 Sous-section}. The domain has no subsections, so only the text is kept; the
     * heading belongs to the phase above it and does not interrupt its task list.
     */
    record SubsectionHeading(String marker, String title, String trailing, String eol) implements MarkdownLine {

        public SubsectionHeading {
            requireAll(marker, title, trailing, eol);
        }

        @Override
        public String text() {
            return marker + title + trailing;
        }
    }

    /**
     * {@code - [x] Description}, possibly indented: {@code gap} is what separates the bullet from the
     * checkbox, {@code spacing} what separates the checkbox from the description.
     */
    record TaskLine(String indent, char bullet, String gap, char mark, String spacing, String description,
                    String trailing, String eol) implements MarkdownLine {

        public TaskLine {
            requireAll(indent, gap, spacing, description, trailing, eol);
            if (bullet != '-' && bullet != '*' && bullet != '+') {
                throw new IllegalArgumentException("a task bullet is -, * or +, not " + bullet);
            }
            if (mark != ' ' && mark != 'x' && mark != 'X') {
                throw new IllegalArgumentException("a checkbox holds a space, x or X, not " + mark);
            }
        }

        public boolean done() {
            return mark != ' ';
        }

        /** Keeps the author's {@code X} when the task stays done. */
        public TaskLine withDone(boolean done) {
            if (done == done()) {
                return this;
            }
            return new TaskLine(indent, bullet, gap, done ? 'x' : ' ', spacing, description, trailing, eol);
        }

        public TaskLine withDescription(String newDescription) {
            return new TaskLine(indent, bullet, gap, mark, spacing, newDescription, trailing, eol);
        }

        @Override
        public String text() {
            return indent + bullet + gap + "[" + mark + "]" + spacing + description + trailing;
        }
    }

    /** Any line the format does not describe, or that it describes but could not be read; kept verbatim. */
    record RawLine(String text, String eol) implements MarkdownLine {

        public RawLine {
            requireAll(text, eol);
        }
    }

    private static void requireAll(String... parts) {
        for (String part : parts) {
            Objects.requireNonNull(part, "line part");
        }
    }
}

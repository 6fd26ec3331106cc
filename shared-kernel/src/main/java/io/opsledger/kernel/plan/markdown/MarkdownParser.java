package io.opsledger.kernel.plan.markdown;

import io.opsledger.kernel.plan.markdown.MarkdownLine.IdentityLine;
import io.opsledger.kernel.plan.markdown.MarkdownLine.MetaLine;
import io.opsledger.kernel.plan.markdown.MarkdownLine.PhaseHeading;
import io.opsledger.kernel.plan.markdown.MarkdownLine.PhaseProgressLine;
import io.opsledger.kernel.plan.markdown.MarkdownLine.RawLine;
import io.opsledger.kernel.plan.markdown.MarkdownLine.SubsectionHeading;
import io.opsledger.kernel.plan.markdown.MarkdownLine.TaskLine;
import io.opsledger.kernel.plan.markdown.MarkdownLine.TitleLine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plan file line by line. Every pattern covers a whole line with consecutive groups, so a
 * recognised line is rebuilt from its groups alone; a line whose rebuilt text would differ is kept
 * raw instead, which makes the byte-for-byte round trip hold even where a pattern is wrong.
 * One parser reads one file.
 */
final class MarkdownParser {

    // DOTALL: a line may hold U+2028 or U+0085, which are text here, not line ends.
    private static final int FLAGS = Pattern.DOTALL;
    /**
     * Beyond this, a line is kept as text unread: no plan line is this long, and the patterns,
     * though written to stay linear, should not be what stands between an upload and a stalled import.
     */
    static final int MAX_RECOGNISED_LENGTH = 10_000;
    // Whitespace runs are possessive and free text neither starts nor ends with a blank, so that no
    // two parts of a pattern can trade the same blanks back and forth: that trading is what made
    // earlier versions of these patterns take cubic time on a line of spaces.
    private static final String SP = "[ \\t]*+";
    private static final String TEXT = "(?:.*?[^ \\t])?";
    private static final String DASH = "[-\\u2013\\u2014]";
    private static final String FIGURE = "\\d++(?:[.,]\\d++)?";

    private static final Pattern LEVEL_ONE = Pattern.compile("[ ]{0,3}#(?!#).*", FLAGS);
    private static final Pattern TITLE = Pattern.compile(
            "(?<lead>[ ]{0,3}#" + SP + ")(?<prefix>" + TEXT + ")(?<gap>" + SP + ")"
                    + "(?<version>(?<![\\p{L}\\p{N}_])[vV]\\d++(?![\\p{L}\\p{N}_.]))"
                    + "(?:(?<separator>" + SP + "[-\\u2013\\u2014:]" + SP + "|[ \\t]++)(?<title>" + TEXT + "))?"
                    + "(?<trailing>" + SP + ")", FLAGS);

    private static final Pattern LEVEL_TWO = Pattern.compile("[ ]{0,3}##(?!#).*", FLAGS);
    private static final Pattern PHASE_LIKE = Pattern.compile("[ ]{0,3}##" + SP + "(?i:phase)\\b.*", FLAGS);
    private static final Pattern PHASE = Pattern.compile(
            "(?<head>[ ]{0,3}##" + SP + "(?i:phase)" + SP + ")(?<number>\\d{1,9}+)"
                    + "(?:(?<separator>" + SP + "[:\\-\\u2013\\u2014]" + SP + "|[ \\t]++)(?<title>" + TEXT + "))?"
                    + "(?<trailing>" + SP + ")", FLAGS);

    private static final Pattern SUBSECTION = Pattern.compile(
            "(?<marker>[ ]{0,3}###(?!#)" + SP + ")(?<title>" + TEXT + ")(?<trailing>" + SP + ")", FLAGS);

    private static final Pattern META_LIKE = Pattern.compile(SP + "\\*\\*" + SP + "(?i:version)\\b.*", FLAGS);
    private static final Pattern META = Pattern.compile(
            "(?<head>" + SP + "\\*\\*" + SP + "(?i:version)" + SP + ")(?<label>[^\\s*\\-\\u2013\\u2014]++)"
                    + "(?:(?<dateSeparator>" + SP + DASH + SP + ")"
                    + "(?<date>(?:(?:(?!(?i:progression)).)*?[^ \\t])?))?"
                    + "(?:(?<progressSeparator>" + SP + DASH + SP + "(?i:progression)" + SP + ":" + SP + ")"
                    + "(?<progress>" + FIGURE + ")(?<percent>" + SP + "%))?"
                    + "(?<tail>" + SP + "\\*\\*" + SP + ")", FLAGS);

    private static final Pattern PHASE_PROGRESS = Pattern.compile(
            "(?<head>" + SP + "(?:\\*\\*)?" + SP + "(?i:progression)" + SP + ":" + SP + ")"
                    + "(?<progress>" + FIGURE + ")(?<tail>" + SP + "%" + SP + "(?:\\*\\*)?" + SP + ")", FLAGS);

    private static final Pattern TASK_LIKE = Pattern.compile(SP + "[-*+]" + SP + "\\[[^\\]]?\\](?:[ \\t].*)?", FLAGS);
    private static final Pattern TASK = Pattern.compile(
            "(?<indent>" + SP + ")(?<bullet>[-*+])(?<gap>" + SP + ")\\[(?<mark>[ xX])\\]"
                    + "(?<spacing>" + SP + ")(?<description>" + TEXT + ")(?<trailing>" + SP + ")", FLAGS);

    private static final Pattern COMMENT_OPEN = Pattern.compile("[ ]{0,3}<!--.*", FLAGS);
    private static final Pattern IDENTITY_LIKE = Pattern.compile(SP + "<!--" + SP + "opsledger\\b.*", FLAGS);
    private static final Pattern IDENTITY = Pattern.compile(
            "(?<head>" + SP + "<!--" + SP + "opsledger[ \\t]++plan" + SP + "=" + SP + ")"
                    + "(?<plan>\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12})"
                    + "(?<middle>[ \\t]++revision" + SP + "=" + SP + ")(?<revision>\\d{1,18}+)"
                    + "(?<tail>" + SP + "-->" + SP + ")", FLAGS);

    // Any indent is accepted, unlike CommonMark's three spaces, because fences nested in list items
    // are indented further and a fake task inside one must still not count.
    private static final Pattern FENCE = Pattern.compile(SP + "(?<fence>`{3,}+(?!.*`)|~{3,}+).*", FLAGS);

    private final List<MarkdownLine> lines = new ArrayList<>();
    private final List<ParseWarning> warnings = new ArrayList<>();
    private final Set<Integer> phaseNumbers = new HashSet<>();

    private boolean titleSeen;
    private boolean metaSeen;
    private boolean identitySeen;
    private boolean phaseSeen;
    private boolean inPhase;
    private boolean phaseProgressSeen;
    private String openFence;
    private int openFenceLine;
    private boolean inComment;
    private int openCommentLine;

    static PlanDocument parse(String source) {
        return new MarkdownParser().read(source);
    }

    private PlanDocument read(String source) {
        boolean bom = source.startsWith("\uFEFF");
        String body = bom ? source.substring(1) : source;
        int start = 0;
        int lineNumber = 0;
        while (start < body.length()) {
            int end = start;
            while (end < body.length() && body.charAt(end) != '\n' && body.charAt(end) != '\r') {
                end++;
            }
            int next = end;
            if (next < body.length()) {
                next += body.startsWith("\r\n", next) ? 2 : 1;
            }
            lineNumber++;
            classify(body.substring(start, end), body.substring(end, next), lineNumber);
            start = next;
        }
        if (openFence != null) {
            warn(openFenceLine, "code fence is never closed; every line after it was kept as text");
        }
        if (inComment) {
            warn(openCommentLine, "HTML comment is never closed; every line after it was kept as text");
        }
        return new PlanDocument(bom, lines, warnings);
    }

    private void classify(String text, String eol, int lineNumber) {
        if (openFence != null) {
            if (closesFence(text)) {
                openFence = null;
            }
            raw(text, eol);
            return;
        }
        if (inComment) {
            if (text.contains("-->")) {
                inComment = false;
            }
            raw(text, eol);
            return;
        }
        Matcher fence = FENCE.matcher(text);
        if (fence.matches()) {
            openFence = fence.group("fence");
            openFenceLine = lineNumber;
            raw(text, eol);
            return;
        }
        if (COMMENT_OPEN.matcher(text).matches()) {
            comment(text, eol, lineNumber);
            return;
        }
        if (text.length() > MAX_RECOGNISED_LENGTH) {
            warn(lineNumber, "line longer than " + MAX_RECOGNISED_LENGTH + " characters kept as text");
            raw(text, eol);
            return;
        }
        if (LEVEL_ONE.matcher(text).matches()) {
            levelOne(text, eol, lineNumber);
            return;
        }
        if (LEVEL_TWO.matcher(text).matches()) {
            levelTwo(text, eol, lineNumber);
            return;
        }
        if (inPhase && add(subsection(text, eol))) {
            return;
        }
        if (!metaSeen && !phaseSeen && META_LIKE.matcher(text).matches()) {
            metaSeen = add(meta(text, eol));
            if (!metaSeen) {
                warn(lineNumber, "version line not understood; expected **Version X.Y - Date - Progression: Z%**");
                raw(text, eol);
            }
            return;
        }
        if (inPhase && !phaseProgressSeen) {
            phaseProgressSeen = add(phaseProgress(text, eol));
            if (phaseProgressSeen) {
                return;
            }
        }
        task(text, eol, lineNumber);
    }

    private void comment(String text, String eol, int lineNumber) {
        if (IDENTITY_LIKE.matcher(text).matches()) {
            if (identitySeen) {
                warn(lineNumber, "second opsledger identity comment ignored");
            } else {
                identitySeen = add(identity(text, eol));
                if (identitySeen) {
                    return;
                }
                warn(lineNumber, "opsledger identity comment not understood; expected <!-- opsledger plan=<uuid> revision=<n> -->");
            }
        }
        int open = text.indexOf("<!--");
        if (text.indexOf("-->", open + 4) < 0) {
            inComment = true;
            openCommentLine = lineNumber;
        }
        raw(text, eol);
    }

    private void levelOne(String text, String eol, int lineNumber) {
        // Whatever it says, a level-one heading opens a new part of the file: what follows is no
        // longer the phase's, or a stray checklist at the end would count towards the last phase.
        inPhase = false;
        if (titleSeen) {
            warn(lineNumber, "second level-one heading kept as text; a plan file has one title");
            raw(text, eol);
            return;
        }
        titleSeen = true;
        if (!add(title(text, eol))) {
            warn(lineNumber, "title line has no plan version (v followed by digits)");
            raw(text, eol);
        }
    }

    private void levelTwo(String text, String eol, int lineNumber) {
        inPhase = false;
        phaseProgressSeen = false;
        if (!PHASE_LIKE.matcher(text).matches()) {
            raw(text, eol);
            return;
        }
        PhaseHeading heading = phase(text, eol);
        if (!add(heading)) {
            warn(lineNumber, "phase heading without a number; expected ## Phase N: Name");
            raw(text, eol);
            return;
        }
        inPhase = true;
        phaseSeen = true;
        if (!phaseNumbers.add(heading.number())) {
            warn(lineNumber, "phase number " + heading.number() + " appears more than once");
        }
    }

    private void task(String text, String eol, int lineNumber) {
        TaskLine task = taskLine(text, eol);
        if (task != null) {
            if (inPhase) {
                add(task);
                return;
            }
            warn(lineNumber, "task outside any phase kept as text");
        } else if (TASK_LIKE.matcher(text).matches()) {
            warn(lineNumber, "checkbox not understood; a task is - [ ], - [x] or - [X]");
        }
        raw(text, eol);
    }

    private boolean closesFence(String text) {
        String stripped = text.strip();
        char kind = openFence.charAt(0);
        if (stripped.length() < openFence.length()) {
            return false;
        }
        for (int i = 0; i < stripped.length(); i++) {
            if (stripped.charAt(i) != kind) {
                return false;
            }
        }
        return true;
    }

    /** Adds the line if the pattern gave one; says whether it did, so a caller can fall back to raw text. */
    private boolean add(MarkdownLine line) {
        if (line == null) {
            return false;
        }
        lines.add(line);
        return true;
    }

    private void raw(String text, String eol) {
        lines.add(new RawLine(text, eol));
    }

    private void warn(int lineNumber, String message) {
        warnings.add(new ParseWarning(lineNumber, message));
    }

    private static TitleLine title(String text, String eol) {
        Matcher m = TITLE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        return exact(text, new TitleLine(m.group("lead"), m.group("prefix"), m.group("gap"), m.group("version"),
                group(m, "separator"), group(m, "title"), m.group("trailing"), eol));
    }

    private static MetaLine meta(String text, String eol) {
        Matcher m = META.matcher(text);
        if (!m.matches()) {
            return null;
        }
        return exact(text, new MetaLine(m.group("head"), m.group("label"), group(m, "dateSeparator"), group(m, "date"),
                group(m, "progressSeparator"), group(m, "progress"), group(m, "percent"), m.group("tail"), eol));
    }

    private static IdentityLine identity(String text, String eol) {
        Matcher m = IDENTITY.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            UUID.fromString(m.group("plan"));
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
        return exact(text, new IdentityLine(m.group("head"), m.group("plan"), m.group("middle"), m.group("revision"),
                m.group("tail"), eol));
    }

    private static PhaseHeading phase(String text, String eol) {
        Matcher m = PHASE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        return exact(text, new PhaseHeading(m.group("head"), m.group("number"), group(m, "separator"),
                group(m, "title"), m.group("trailing"), eol));
    }

    private static PhaseProgressLine phaseProgress(String text, String eol) {
        Matcher m = PHASE_PROGRESS.matcher(text);
        if (!m.matches()) {
            return null;
        }
        return exact(text, new PhaseProgressLine(m.group("head"), m.group("progress"), m.group("tail"), eol));
    }

    private static SubsectionHeading subsection(String text, String eol) {
        Matcher m = SUBSECTION.matcher(text);
        if (!m.matches()) {
            return null;
        }
        return exact(text, new SubsectionHeading(m.group("marker"), m.group("title"), m.group("trailing"), eol));
    }

    private static TaskLine taskLine(String text, String eol) {
        Matcher m = TASK.matcher(text);
        if (!m.matches()) {
            return null;
        }
        return exact(text, new TaskLine(m.group("indent"), m.group("bullet").charAt(0), m.group("gap"),
                m.group("mark").charAt(0), m.group("spacing"), m.group("description"), m.group("trailing"), eol));
    }

    private static String group(Matcher matcher, String name) {
        String value = matcher.group(name);
        return value == null ? "" : value;
    }

    private static <T extends MarkdownLine> T exact(String text, T line) {
        return line.text().equals(text) ? line : null;
    }
}

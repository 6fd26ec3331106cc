package io.opsledger.command.plan;

import io.opsledger.kernel.plan.PlanRule;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

import static io.opsledger.kernel.plan.PlanRule.DATE_FORMAT;
import static io.opsledger.kernel.plan.PlanRule.DESCRIPTION_REQUIRED;
import static io.opsledger.kernel.plan.PlanRule.DESCRIPTION_TOO_LONG;
import static io.opsledger.kernel.plan.PlanRule.TITLE_REQUIRED;
import static io.opsledger.kernel.plan.PlanRule.TITLE_TOO_LONG;
import static io.opsledger.kernel.plan.PlanRule.VERSION_FORMAT;

/** The rules on a single input value; each returns the normalised value or throws the rule it broke. */
final class PlanInputRules {

    private static final Pattern VERSION = Pattern.compile("v\\d{1,9}");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private PlanInputRules() {
    }

    static String title(String title) {
        if (title == null || title.isBlank()) {
            throw TITLE_REQUIRED.violated("title must not be blank");
        }
        String stripped = title.strip();
        if (stripped.length() > PlanRule.MAX_TITLE_LENGTH) {
            throw TITLE_TOO_LONG.violated("title has %d characters; at most %d are allowed",
                    stripped.length(), PlanRule.MAX_TITLE_LENGTH);
        }
        return stripped;
    }

    static String version(String version) {
        if (version == null || !VERSION.matcher(version).matches()) {
            throw VERSION_FORMAT.violated("version must be 'v' followed by digits, e.g. v55 (got '%s')", version);
        }
        return version;
    }

    static String description(String description) {
        if (description == null || description.isBlank()) {
            throw DESCRIPTION_REQUIRED.violated("description must not be blank");
        }
        String stripped = description.strip();
        if (stripped.length() > PlanRule.MAX_DESCRIPTION_LENGTH) {
            throw DESCRIPTION_TOO_LONG.violated("description has %d characters; at most %d are allowed",
                    stripped.length(), PlanRule.MAX_DESCRIPTION_LENGTH);
        }
        return stripped;
    }

    /** An absent or blank date means "no due date". */
    static LocalDate dueDate(String dueDate) {
        if (dueDate == null || dueDate.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(dueDate.strip(), ISO_DATE);
        } catch (DateTimeParseException e) {
            throw DATE_FORMAT.violated("dueDate must be an existing calendar date written YYYY-MM-DD (got '%s')", dueDate);
        }
    }
}

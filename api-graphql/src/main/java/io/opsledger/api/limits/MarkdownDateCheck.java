package io.opsledger.api.limits;

import io.opsledger.kernel.limits.LimitRule;
import io.opsledger.kernel.RuleViolationException;
import io.opsledger.kernel.plan.ImportPlanMarkdownCommand;
import io.opsledger.kernel.plan.markdown.MarkdownLine.MetaLine;
import io.opsledger.kernel.plan.markdown.PlanMarkdown;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of an imported plan's version line ({@code **Version 2.1 - 2026-06-12 - Progression: 50%**})
 * is kept as written, but a date written as a date must be one: {@code 2026-02-30} or
 * {@code +12026-01-01} is refused as DATE_FORMAT on the field {@code markdown}, like a due date.
 */
@Configuration(proxyBeanMethods = false)
class MarkdownDateCheck {

    private static final Pattern ISO_LIKE = Pattern.compile("([+-]?\\d{4,})-(\\d{1,2})-(\\d{1,2})");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    @Autowired
    void checkMarkdownDatesOnDispatch(CommandBus commandBus) {
        commandBus.<CommandMessage<?>>registerDispatchInterceptor(messages -> (index, message) -> {
            if (message.getPayload() instanceof ImportPlanMarkdownCommand command && command.markdown() != null) {
                versionDate(command.markdown()).ifPresent(MarkdownDateCheck::check);
            }
            return message;
        });
    }

    private static Optional<String> versionDate(String markdown) {
        try {
            return PlanMarkdown.parse(markdown).metaLine().map(MetaLine::date).filter(date -> !date.isBlank());
        } catch (RuntimeException unreadable) {
            return Optional.empty(); // the import itself answers what it cannot read
        }
    }

    private static void check(String date) {
        Matcher iso = ISO_LIKE.matcher(date.strip());
        if (!iso.matches()) {
            return; // a date in words ("juin 2026") is the author's to write
        }
        try {
            int year = LocalDate.parse(date.strip(), ISO_DATE).getYear();
            if (year >= 1900 && year <= 9999) {
                return;
            }
        } catch (DateTimeException notADay) {
            // refused below
        }
        throw new RuleViolationException(LimitRule.DATE_FORMAT.name(), "markdown",
                "the version line's date '%s' is not a day of the calendar between the years 1900 and 9999".formatted(date));
    }
}

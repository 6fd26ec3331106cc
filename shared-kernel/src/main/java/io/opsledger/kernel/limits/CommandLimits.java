package io.opsledger.kernel.limits;

import io.opsledger.kernel.RuleViolationException;

import java.text.Normalizer;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks a command against the limits declared on its record components (and on the records it
 * holds), and returns it with its text NFC-normalised. The first broken limit is thrown as a
 * {@link RuleViolationException} whose rule is a {@link LimitRule} and whose field is the path of
 * the value, e.g. {@code widget.placement.x} or {@code steps[2].name}.
 */
public final class CommandLimits {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 9999;
    /** Client times before this are mistakes (an epoch-zero default, a swapped field), not history. */
    public static final Instant EARLIEST_INSTANT = Instant.parse("2000-01-01T00:00:00Z");

    private static final String KERNEL_PACKAGE = "io.opsledger.kernel";
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Clock clock;
    private final Duration clientClockAhead;

    public CommandLimits(Clock clock, Duration clientClockAhead) {
        this.clock = Objects.requireNonNull(clock);
        this.clientClockAhead = Objects.requireNonNull(clientClockAhead);
    }

    /** Whether {@code payload} is one of ours, i.e. something these limits apply to. */
    public static boolean applies(Object payload) {
        return payload != null && payload.getClass().isRecord() && payload.getClass().getName().startsWith(KERNEL_PACKAGE);
    }

    /** The command with its text normalised, or a {@link RuleViolationException} naming the first broken limit. */
    @SuppressWarnings("unchecked")
    public <T> T check(T command) {
        return (T) record(command, "");
    }

    private Object record(Object record, String prefix) {
        RecordShape shape = RecordShape.of(record);
        List<RecordShape.Component> components = shape.components();
        Object[] values = new Object[components.size()];
        boolean changed = false;
        for (int i = 0; i < values.length; i++) {
            RecordShape.Component component = components.get(i);
            Object value = component.read(record);
            String path = values.length == 1 && component.name().equals("value") && !prefix.isEmpty()
                    ? prefix : join(prefix, component.name());
            values[i] = component(component, value, path);
            changed |= values[i] != value;
        }
        return changed ? shape.rebuild(values) : record;
    }

    private Object component(RecordShape.Component component, Object value, String path) {
        if (component.notInput()) {
            return value;
        }
        Text text = component.text();
        Items items = component.items();
        if (items != null && value != null) {
            int size = value instanceof Map<?, ?> map ? map.size() : ((Collection<?>) value).size();
            if (size > items.max()) {
                throw violation(LimitRule.TOO_MANY_ITEMS, path, "%s has %d entries; at most %d are allowed", path, size,
                        items.max());
            }
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, entry) -> {
                String keyPath = path + "." + key;
                Object checkedKey = key instanceof String k ? text(keyText(items), k, keyPath) : key;
                copy.put(checkedKey, text == null || !(entry instanceof String e) ? element(entry, keyPath) : text(text, e, keyPath));
            });
            return copy.equals(map) ? value : Map.copyOf(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                copy.add(element(list.get(i), path + "[" + i + "]"));
            }
            return sameElements(list, copy) ? value : List.copyOf(copy);
        }
        if (value instanceof String string) {
            if (component.calendarDate()) {
                calendarDate(string, path);
            }
            return text == null ? string : text(text, string, path);
        }
        if (value instanceof LocalDate date && component.calendarDate()) {
            year(date, path, date.toString());
        }
        Range range = component.range();
        if (range != null && value instanceof Number number) {
            range(range, number, path);
        }
        if (value instanceof Instant instant && component.clientTime()) {
            clientTime(instant, path);
        }
        Span span = component.span();
        if (span != null && value instanceof Duration duration) {
            span(span, duration, path);
        }
        return element(value, path);
    }

    private Object element(Object value, String path) {
        return applies(value) ? record(value, path) : value;
    }

    private String text(Text limit, String value, String path) {
        // Already-normalised text (nearly all of it) keeps its identity, so the record is not rebuilt.
        String normalised = Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value
                : Normalizer.normalize(value, Normalizer.Form.NFC);
        if (limit.required() && blank(normalised)) {
            throw violation(LimitRule.TEXT_REQUIRED, path, "%s must not be blank", path);
        }
        int length = normalised.codePointCount(0, normalised.length());
        if (length > limit.max()) {
            throw violation(LimitRule.TEXT_TOO_LONG, path, "%s has %d characters; at most %d are allowed", path, length,
                    limit.max());
        }
        for (int i = 0; i < normalised.length() && !limit.raw(); i++) {
            char c = normalised.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
            if ((Character.isISOControl(c) && !(limit.multiline() && lineBreak))
                    || c == '\u2028' || c == '\u2029' || (Character.isSurrogate(c) && !validSurrogate(normalised, i))) {
                throw violation(LimitRule.TEXT_CONTROL_CHARACTER, path,
                        "%s contains the control character U+%04X at position %d%s", path, (int) c, i + 1,
                        lineBreak ? " (line breaks are allowed only in multi-line fields)" : "");
            }
        }
        return normalised;
    }

    /** Blank also when made only of spaces {@link String#strip()} keeps: no-break spaces, zero-width marks. */
    private static boolean blank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT);
    }

    private static Text keyText(Items items) {
        int keyMax = items == null ? 100 : items.keyMax();
        return new Text() {
            @Override
            public Class<Text> annotationType() {
                return Text.class;
            }

            @Override
            public int max() {
                return keyMax;
            }

            @Override
            public boolean required() {
                return true;
            }

            @Override
            public boolean multiline() {
                return false;
            }

            @Override
            public boolean raw() {
                return false;
            }
        };
    }

    private static boolean validSurrogate(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c)
                ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    private static void calendarDate(String value, String path) {
        if (value.isBlank()) {
            return;
        }
        String date = value.strip();
        if (!DATE_SHAPE.matcher(date).matches()) {
            throw violation(LimitRule.DATE_FORMAT, path, "%s must be a date written YYYY-MM-DD (got '%s')", path, value);
        }
        try {
            year(LocalDate.parse(date, ISO_DATE), path, value);
        } catch (DateTimeException e) {
            throw violation(LimitRule.DATE_FORMAT, path,
                    "%s must be an existing calendar date written YYYY-MM-DD (got '%s')", path, value);
        }
    }

    private static void year(LocalDate date, String path, String written) {
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            throw violation(LimitRule.DATE_FORMAT, path, "%s must be a date written YYYY-MM-DD between the years %d and %d (got '%s')",
                    path, MIN_YEAR, MAX_YEAR, written);
        }
    }

    private static void range(Range range, Number number, String path) {
        boolean inside = number instanceof Double || number instanceof Float
                ? number.doubleValue() >= range.min() && number.doubleValue() <= range.max()
                : number.longValue() >= range.min() && number.longValue() <= range.max();
        if (!inside) {
            throw violation(LimitRule.NUMBER_OUT_OF_RANGE, path, "%s must be between %d and %d (got %s)", path,
                    range.min(), range.max(), number);
        }
    }

    private void clientTime(Instant instant, String path) {
        Instant latest = clock.instant().plus(clientClockAhead);
        if (instant.isAfter(latest) || instant.isBefore(EARLIEST_INSTANT)) {
            throw violation(LimitRule.TIME_OUT_OF_WINDOW, path,
                    "%s is %s; times reported by clients must lie between %s and the server's clock plus %s (now %s)",
                    path, instant, EARLIEST_INSTANT, clientClockAhead, latest);
        }
    }

    private static void span(Span span, Duration duration, String path) {
        if (duration.isNegative() || duration.getSeconds() < span.minSeconds() || duration.compareTo(
                Duration.ofSeconds(span.maxSeconds())) > 0) {
            throw violation(LimitRule.DURATION_OUT_OF_RANGE, path, "%s must be between %s and %s (got %s)", path,
                    Duration.ofSeconds(span.minSeconds()), Duration.ofSeconds(span.maxSeconds()), duration);
        }
    }

    private static RuleViolationException violation(LimitRule rule, String path, String format, Object... args) {
        return new RuleViolationException(rule.name(), path, format.formatted(args));
    }

    private static String join(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    private static boolean sameElements(List<?> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}

package io.opsledger.kernel.limits;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every string, number, time, date, duration and collection a command carries (directly or in a
 * record it holds) declares its limit, so nothing reaches an aggregate unchecked.
 */
class EveryCommandDeclaresLimitsTest {

    private static final Set<Class<?>> LEAVES = Set.of(String.class, int.class, long.class, double.class, Integer.class,
            Long.class, Double.class, Instant.class, LocalDate.class, Duration.class);

    @Test
    void everyInputComponentOfEveryCommandHasALimit() throws Exception {
        List<Class<?>> commands = commandClasses();
        assertThat(commands).hasSizeGreaterThan(40);
        List<String> missing = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        commands.forEach(command -> collectMissing(command, command.getSimpleName(), missing, seen));
        assertThat(missing).as("components without a declared limit (@Text, @Range, @Items, ...)").isEmpty();
    }

    private static void collectMissing(Class<?> record, String path, List<String> missing, Set<Class<?>> seen) {
        if (!seen.add(record)) {
            return;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            String where = path + "." + component.getName();
            Class<?> type = component.getType();
            if (component.isAnnotationPresent(NotInput.class)) {
                continue;
            }
            boolean declared = Stream.of(Text.class, Range.class, Items.class, ClientTime.class, CalendarDate.class,
                    Span.class).anyMatch(component::isAnnotationPresent);
            boolean collection = Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
            if ((LEAVES.contains(type) || collection) && !declared) {
                missing.add(where);
            }
            if (Map.class.isAssignableFrom(type) && !component.isAnnotationPresent(Text.class)) {
                missing.add(where + " (map values)");
            }
            if (collection && component.getGenericType() instanceof ParameterizedType generic) {
                for (Type argument : generic.getActualTypeArguments()) {
                    if (argument instanceof Class<?> element && isOurRecord(element)) {
                        collectMissing(element, where + "[]", missing, seen);
                    }
                }
            }
            if (isOurRecord(type)) {
                collectMissing(type, where, missing, seen);
            }
        }
    }

    private static boolean isOurRecord(Class<?> type) {
        return type.isRecord() && type.getName().startsWith("io.opsledger.kernel");
    }

    private static List<Class<?>> commandClasses() throws IOException, URISyntaxException {
        Path root = Path.of(io.opsledger.kernel.Rule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.getFileName().toString().endsWith("Command.class"))
                    .map(file -> root.relativize(file).toString().replace('/', '.').replace(".class", ""))
                    .map(EveryCommandDeclaresLimitsTest::load)
                    .filter(Class::isRecord)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

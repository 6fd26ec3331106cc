package io.opsledger.query.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

class BackgroundPriorityTest {

    @Test
    @EnabledOnOs(OS.LINUX)
    void lowersTheCallingThreadOnlyAndOnce() throws Exception {
        int before = nice();

        int lowered = CompletableFuture.supplyAsync(() -> {
            assertThat(BackgroundPriority.lowerCurrentThread()).isTrue();
            assertThat(BackgroundPriority.lowerCurrentThread()).as("a second call changes nothing").isTrue();
            return nice();
        }, runnable -> new Thread(runnable, "indexer").start()).get();

        assertThat(lowered).isEqualTo(BackgroundPriority.nice());
        assertThat(nice()).as("the test's own thread keeps its priority").isEqualTo(before);
    }

    /** Field 19 of /proc/thread-self/stat: the calling thread's nice value. */
    private static int nice() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(fields[16]);
        } catch (java.io.IOException failure) {
            throw new java.io.UncheckedIOException(failure);
        }
    }
}

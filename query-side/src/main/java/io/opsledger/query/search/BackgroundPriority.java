package io.opsledger.query.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Lowers the operating-system priority of the calling thread (Linux {@code nice}), for work that may
 * lag but must not slow the requests down: embedding and indexing for search take about twice the
 * CPU of the command they follow (docs/performance.md). Java thread priorities do nothing on Linux,
 * where each thread has its own nice value; it is set with {@code renice} on the thread's id, once
 * per thread. Where there is no {@code /proc/thread-self} or no {@code renice}, nothing changes.
 */
final class BackgroundPriority {

    private static final Logger log = LoggerFactory.getLogger(BackgroundPriority.class);
    private static final Path THREAD_SELF = Path.of("/proc/thread-self");
    private static final ThreadLocal<Boolean> DONE = ThreadLocal.withInitial(() -> false);
    private static volatile int nice = 10;

    private BackgroundPriority() {
    }

    /** The nice value background threads get; 0 leaves them as they are ({@code opsledger.search.background-nice}). */
    static void configure(int value) {
        nice = Math.max(0, Math.min(19, value));
    }

    static int nice() {
        return nice;
    }

    /** Lowers this thread's priority, once per thread; true if it was lowered (now or before). */
    static boolean lowerCurrentThread() {
        if (DONE.get()) {
            return true;
        }
        DONE.set(true);
        if (nice == 0 || !Files.isSymbolicLink(THREAD_SELF)) {
            return false;
        }
        try {
            // /proc/thread-self -> <pid>/task/<tid>
            String tid = Files.readSymbolicLink(THREAD_SELF).getFileName().toString();
            Process renice = new ProcessBuilder("renice", "-n", String.valueOf(nice), "-p", tid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean lowered = renice.waitFor(5, TimeUnit.SECONDS) && renice.exitValue() == 0;
            if (!lowered) {
                log.info("Thread {} keeps its priority: renice did not succeed", Thread.currentThread().getName());
            }
            return lowered;
        } catch (IOException failure) {
            log.info("Thread {} keeps its priority: {}", Thread.currentThread().getName(), failure.getMessage());
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

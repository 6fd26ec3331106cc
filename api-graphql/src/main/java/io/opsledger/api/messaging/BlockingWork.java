package io.opsledger.api.messaging;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where the API runs blocking work (command handlers, query handlers: JDBC on the caller's thread)
 * off the Netty event loops. Unlike {@code Schedulers.boundedElastic()}, cancelling a task here
 * never interrupts its thread: a client that disconnects, a timeout or the losing branch of a race
 * only drops the answer, while the JDBC call finishes (an interrupt would close the embedded H2
 * database, and would leave a command half-sent). The pool is sized for the connection pool: a
 * request beyond it queues here rather than holding a thread that waits for a connection.
 */
@Component
public class BlockingWork implements DisposableBean {

    private final ExecutorService threads;
    private final Scheduler scheduler;

    BlockingWork(@Value("${opsledger.blocking-threads:16}") int size) {
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(size, task -> {
            Thread thread = new Thread(task, "opsledger-io-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        // A plain Executor (not the ExecutorService itself): Reactor then disposes tasks by flag, never by interrupt.
        this.scheduler = Schedulers.fromExecutor(threads::execute);
    }

    /**
     * Runs {@code work} (JDBC, Axon calls) here; a {@code null} answer completes empty. Cancelling
     * the answer drops it without interrupting the work.
     */
    public <T> Mono<T> call(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(scheduler);
    }

    /** The scheduler to {@code subscribeOn} for blocking work. */
    public Scheduler scheduler() {
        return scheduler;
    }

    @Override
    public void destroy() {
        scheduler.dispose();
        threads.shutdown();
    }
}

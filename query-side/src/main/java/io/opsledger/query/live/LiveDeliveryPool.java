package io.opsledger.query.live;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that read views and emit them to subscribers, apart from the processors' threads.
 * Shutting down never interrupts them: a thread interrupted during JDBC would close the embedded
 * database.
 */
@Component
class LiveDeliveryPool implements Executor, DisposableBean {

    private final ExecutorService threads;

    LiveDeliveryPool(@Value("${opsledger.live.delivery-threads:2}") int size) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "live-delivery-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.threads = Executors.newFixedThreadPool(size, factory);
    }

    @Override
    public void execute(Runnable task) {
        threads.execute(task);
    }

    @Override
    public void destroy() {
        threads.shutdown();
    }
}

package io.opsledger.query.live;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class OrderedDeliveryTest {

    @Test
    void anEntitysTasksRunInOrderEvenWhenALaterOneIsReadyFirst() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            OrderedDelivery delivery = new OrderedDelivery(pool);
            List<String> ran = new CopyOnWriteArrayList<>();
            CompletableFuture<Void> firstReady = new CompletableFuture<>();
            CompletableFuture<Void> otherEntityReady = new CompletableFuture<>();

            delivery.submit("plan-1", () -> firstReady, () -> ran.add("plan-1 #1"));
            delivery.submit("plan-1", () -> CompletableFuture.completedFuture(null), () -> ran.add("plan-1 #2"));
            delivery.submit("plan-2", () -> otherEntityReady, () -> ran.add("plan-2 #1"));

            otherEntityReady.complete(null);
            awaitSize(ran, 1);
            assertThat(ran).as("another entity does not wait for plan-1").containsExactly("plan-2 #1");

            firstReady.complete(null);
            awaitSize(ran, 3);
            assertThat(ran).containsExactly("plan-2 #1", "plan-1 #1", "plan-1 #2");
            awaitDrained(delivery);
        } finally {
            pool.shutdown();
            pool.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFailingTaskDoesNotStopTheNextOne() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            OrderedDelivery delivery = new OrderedDelivery(pool);
            List<String> ran = new CopyOnWriteArrayList<>();

            delivery.submit("job", () -> CompletableFuture.completedFuture(null), () -> {
                throw new IllegalStateException("read failed");
            });
            delivery.submit("job", () -> CompletableFuture.completedFuture(null), () -> ran.add("next"));

            awaitSize(ran, 1);
            assertThat(ran).containsExactly("next");
        } finally {
            pool.shutdown();
            pool.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static void awaitSize(List<String> ran, int size) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (ran.size() < size && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(1);
        }
    }

    private static void awaitDrained(OrderedDelivery delivery) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (delivery.pending() > 0 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(1);
        }
        assertThat(delivery.pending()).isZero();
    }
}

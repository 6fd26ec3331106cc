package io.opsledger.query.search;

import java.time.Duration;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The index that serves, which a rebuild replaces by another. Queries read it under a shared lock
 * for the whole of their Lucene work, and {@link #swap} takes the exclusive lock: a query sees the
 * old index or the new one, never a closed one nor a mix. The live processor and its token store
 * take it as they need it (they are stopped while it is swapped).
 */
public final class CurrentSearchIndex implements Supplier<SearchIndex>, AutoCloseable {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile SearchIndex index;

    CurrentSearchIndex(SearchIndex index) {
        this.index = index;
    }

    /** For a single-index caller (the search benchmark). */
    public static CurrentSearchIndex of(SearchIndex index) {
        return new CurrentSearchIndex(index);
    }

    @Override
    public SearchIndex get() {
        return index;
    }

    /** Runs {@code reading} on the index that serves, which stays open and current until it returns. */
    <T> T read(Function<SearchIndex, T> reading) {
        lock.readLock().lock();
        try {
            return reading.apply(index);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Makes {@code next} the index that serves once the queries reading the old one are done; returns the old one. */
    SearchIndex swap(SearchIndex next) {
        lock.writeLock().lock();
        try {
            SearchIndex previous = index;
            index = next;
            return previous;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Waits until the index that serves has applied event {@code position} or later, following a
     * swap (the old index wakes its waiters when it closes); false if the timeout passes first.
     */
    public boolean awaitPosition(long position, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            SearchIndex seen = index;
            long left = deadline - System.nanoTime();
            if (seen.awaitPosition(position, Duration.ofNanos(Math.max(0, left)))) {
                return true;
            }
            if (seen == index && (left <= 0 || seen.isClosed())) {
                return false;
            }
        }
    }

    @Override
    public void close() {
        index.close();
    }
}

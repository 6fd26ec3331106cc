package io.opsledger.query.paging;

/**
 * Checks the page size every list query receives. The API refuses pages over the configured
 * maximum before a query is sent ({@code opsledger.limits.max-page-size}); here a query that got
 * past it anyway still never loads more than {@link #MAX_ROWS} rows.
 */
public final class PageRequest {

    /** The most rows one page ever loads, whatever the configuration says. */
    public static final int MAX_ROWS = 10_000;

    private PageRequest() {
    }

    /** @throws IllegalArgumentException naming the argument and the allowed range */
    public static void checkSize(int first) {
        checkSize(first, MAX_ROWS);
    }

    /** @throws IllegalArgumentException naming the argument and the allowed range */
    public static void checkSize(int first, int maximum) {
        if (first < 1 || first > maximum) {
            throw new IllegalArgumentException("first: must be between 1 and %d (got %d)".formatted(maximum, first));
        }
    }
}

package io.opsledger.query.paging;

/** Checks the page size every list query receives against the hard maximum. */
public final class PageRequest {

    private PageRequest() {
    }

    /** @throws IllegalArgumentException naming the argument and the allowed range */
    public static void checkSize(int first, int maximum) {
        if (first < 1 || first > maximum) {
            throw new IllegalArgumentException("first: must be between 1 and %d (got %d)".formatted(maximum, first));
        }
    }
}

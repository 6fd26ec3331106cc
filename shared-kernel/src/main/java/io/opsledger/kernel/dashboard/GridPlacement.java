package io.opsledger.kernel.dashboard;

import io.opsledger.kernel.limits.Range;

/** Where a widget sits on the 12-column grid: top-left cell (x, y), width and height in cells. */
public record GridPlacement(@Range(min = 0, max = GridPlacement.MAX_COORDINATE) int x, @Range(min = 0, max = GridPlacement.MAX_COORDINATE) int y, @Range(min = 1, max = GridPlacement.MAX_COORDINATE) int w, @Range(min = 1, max = GridPlacement.MAX_COORDINATE) int h) {

    public static final int COLUMNS = 12;
    /** The largest coordinate or size accepted at the edge; rows are unbounded in principle, not in practice. */
    public static final int MAX_COORDINATE = 10_000;

    // Sums in long: x = 2147483647 with w = 2 must not wrap round into the grid.
    public boolean insideGrid() {
        return x >= 0 && y >= 0 && w >= 1 && h >= 1 && (long) x + w <= COLUMNS;
    }

    public boolean overlaps(GridPlacement other) {
        return x < (long) other.x + other.w && other.x < (long) x + w
                && y < (long) other.y + other.h && other.y < (long) y + h;
    }

    @Override
    public String toString() {
        return "(x=%d, y=%d, w=%d, h=%d)".formatted(x, y, w, h);
    }
}

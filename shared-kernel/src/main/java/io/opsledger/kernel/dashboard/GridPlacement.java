package io.opsledger.kernel.dashboard;

/** Where a widget sits on the 12-column grid: top-left cell (x, y), width and height in cells. */
public record GridPlacement(int x, int y, int w, int h) {

    public static final int COLUMNS = 12;

    public boolean insideGrid() {
        return x >= 0 && y >= 0 && w >= 1 && h >= 1 && x + w <= COLUMNS;
    }

    public boolean overlaps(GridPlacement other) {
        return x < other.x + other.w && other.x < x + w && y < other.y + other.h && other.y < y + h;
    }

    @Override
    public String toString() {
        return "(x=%d, y=%d, w=%d, h=%d)".formatted(x, y, w, h);
    }
}

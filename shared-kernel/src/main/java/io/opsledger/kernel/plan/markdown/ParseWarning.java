package io.opsledger.kernel.plan.markdown;

/**
 * A line that looked like part of the format but could not be read as such; it was kept as text.
 * {@code line} counts from 1, as editors do.
 */
public record ParseWarning(int line, String message) {

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}

package io.opsledger.api.cli;

import java.io.PrintStream;

/**
 * A one-line progress bar on standard error, drawn only when a person watches a terminal: scripts
 * that redirect the output get no control characters.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private final String label;
    private long lastDrawn = -1;

    ProgressBar(String label) {
        this(label, System.err, System.console() != null);
    }

    ProgressBar(String label, PrintStream err, boolean terminal) {
        this.label = label;
        this.err = err;
        this.terminal = terminal;
    }

    void show(long done, long total, String detail) {
        if (!terminal) {
            return;
        }
        if (total <= 0) {
            err.print("\r" + label + ": " + done + (detail == null ? "" : " " + detail) + "   ");
            err.flush();
            return;
        }
        int percent = (int) Math.min(100, 100 * done / total);
        if (percent == lastDrawn && detail == null) {
            return;
        }
        lastDrawn = percent;
        int filled = percent * WIDTH / 100;
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "% "
                + done + "/" + total + (detail == null ? "" : " " + detail) + "   ");
        err.flush();
    }

    void done() {
        if (terminal) {
            err.println();
        }
    }
}

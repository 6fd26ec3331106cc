package io.opsledger.api.cli;

/**
 * Exit codes scripts can rely on, the same for every verb: 0 done, 1 failed or refused (the
 * message says why), 2 wrong usage (picocli's own), 3 done but a check found differences,
 * 4 a rebuild ended without switching in (cancelled or failed).
 */
final class ExitCode {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int DIFFERENCES = 3;
    static final int NOT_SWITCHED = 4;

    private ExitCode() {
    }
}

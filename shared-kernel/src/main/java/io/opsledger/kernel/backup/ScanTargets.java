package io.opsledger.kernel.backup;

import java.util.List;
import java.util.UUID;

/** The jobs the scanner should walk, with where and what to look for. */
public record ScanTargets(List<Target> targets) {

    public ScanTargets {
        targets = List.copyOf(targets);
    }

    public record Target(UUID jobId, String directory, String glob) {
    }
}

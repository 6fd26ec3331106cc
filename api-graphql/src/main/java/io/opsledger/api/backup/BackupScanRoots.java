package io.opsledger.api.backup;

import io.opsledger.kernel.backup.BackupRule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The directories the server may read backups from and delete expired backups in
 * ({@code opsledger.backups.scan-roots}, none by default, which turns scanning off). A scan
 * directory must lie under a root once {@code ..} and symbolic links are resolved; a file is
 * deleted only if it is a regular file (not a link) directly in such a directory.
 */
@Component
public class BackupScanRoots {

    private final List<Path> roots;

    BackupScanRoots(@Value("${opsledger.backups.scan-roots:}") List<String> configured) {
        List<Path> resolved = new ArrayList<>();
        for (String root : configured) {
            if (root != null && !root.isBlank()) {
                Path path = Path.of(root.strip()).toAbsolutePath().normalize();
                try {
                    resolved.add(path.toRealPath());
                } catch (IOException missing) {
                    resolved.add(path);
                }
            }
        }
        this.roots = List.copyOf(resolved);
    }

    /**
     * Checks a scan directory as a client gives it: absolute, without {@code ..}, and under a root
     * (its real path when it exists already; it is checked again, for real, at every scan).
     */
    public void checkConfigured(String directory) {
        if (roots.isEmpty()) {
            throw BackupRule.SCAN_ROOTS_NOT_CONFIGURED.violated(
                    "scanning is disabled on this server: no directory is listed in opsledger.backups.scan-roots");
        }
        Path path;
        try {
            path = Path.of(directory);
        } catch (InvalidPathException invalid) {
            if (directory.chars().anyMatch(Character::isISOControl)) {
                return; // the limits refuse it as TEXT_CONTROL_CHARACTER, naming the field
            }
            throw outside(directory, "it is not a valid path");
        }
        if (!path.isAbsolute()) {
            return; // the job refuses it by its own rule, SCAN_DIRECTORY_NOT_ABSOLUTE
        }
        boolean climbs = false;
        for (Path part : path) {
            climbs |= part.toString().equals("..");
        }
        if (climbs) {
            throw outside(directory, "it contains '..'");
        }
        Path candidate = path.toAbsolutePath().normalize();
        if (Files.exists(candidate)) {
            candidate = realPath(candidate).orElseThrow(() -> outside(directory, "it cannot be resolved"));
        }
        if (under(candidate).isEmpty()) {
            throw outside(directory, "it is not under a configured scan root");
        }
    }

    /** The real directory to scan: the directory with every link resolved, under a root, or a rule violation. */
    public Path confine(String directory) {
        if (roots.isEmpty()) {
            throw BackupRule.SCAN_ROOTS_NOT_CONFIGURED.violated(
                    "scanning is disabled on this server: no directory is listed in opsledger.backups.scan-roots");
        }
        Path real = realPath(validPath(directory).toAbsolutePath().normalize()).orElseThrow(() ->
                BackupRule.SCAN_DIRECTORY_UNREADABLE.violated("scan directory %s does not exist or cannot be read", directory));
        if (under(real).isEmpty()) {
            throw outside(directory, "it resolves to " + real + ", which is not under a configured scan root");
        }
        return real;
    }

    /** Whether {@code file} may be deleted: a regular file, not a link, directly in the confined directory. */
    boolean deletable(Path confinedDirectory, Path file) {
        if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        return realPath(file).map(real -> confinedDirectory.equals(real.getParent()) && under(real).isPresent()).orElse(false);
    }

    private Path validPath(String directory) {
        try {
            return Path.of(directory);
        } catch (InvalidPathException invalid) {
            throw outside(directory, "it is not a valid path");
        }
    }

    private Optional<Path> under(Path path) {
        return roots.stream().filter(path::startsWith).findFirst();
    }

    private static Optional<Path> realPath(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private RuntimeException outside(String directory, String why) {
        return BackupRule.SCAN_DIRECTORY_OUTSIDE_ROOTS.violated(
                "scan directory %s is refused: %s (see opsledger.backups.scan-roots)", directory, why);
    }
}

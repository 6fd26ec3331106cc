package io.opsledger.query.search;

import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * Which directory under {@code <data-dir>/search} holds the index that serves. A small pointer file
 * ({@value #POINTER}) names it, and the one it replaced until that one is deleted; without the file
 * it is {@value #DEFAULT}. The pointer is replaced by an atomic rename of a synced file, so a crash
 * leaves either the old or the new one whole: a rebuild's switch on disk is that rename. The
 * replaced directory is deleted right after, or at the next start if the process stopped first.
 */
final class IndexDirectories {

    static final String DEFAULT = "index";
    static final String POINTER = "current-index";
    private static final String NAME = "index(-[a-z]+-[0-9]+)?";

    private final Path root;

    IndexDirectories(Path root) {
        this.root = root;
    }

    /** The directory name of the index that serves. */
    synchronized String current() {
        return read().getFirst();
    }

    Path resolve(String name) {
        if (!name.matches(NAME)) {
            throw new IllegalArgumentException("'" + name + "' is not a search index directory name");
        }
        return root.resolve(name);
    }

    /** A name no index has had yet, for a rebuild ({@code rebuild}) or a check ({@code verify}). */
    String fresh(String purpose) {
        return DEFAULT + "-" + purpose + "-" + System.currentTimeMillis();
    }

    /** Makes {@code name} the index that serves, remembering the current one as replaced (atomic on disk). */
    synchronized void switchTo(String name) {
        resolve(name);
        String replaced = current();
        write(name.equals(replaced) ? List.of(name) : List.of(name, replaced));
    }

    /** Deletes the directory the last switch replaced, if any, and forgets it. */
    synchronized void deleteReplaced() {
        List<String> pointer = read();
        if (pointer.size() > 1) {
            delete(pointer.get(1));
            write(List.of(pointer.getFirst()));
        }
    }

    /** Deletes a directory that does not serve; the one that serves is kept. */
    synchronized void deleteUnlessCurrent(String name) {
        if (!name.equals(current())) {
            delete(name);
        }
    }

    private void delete(String name) {
        try {
            FileSystemUtils.deleteRecursively(resolve(name));
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot delete the search index directory " + resolve(name), failure);
        }
    }

    private List<String> read() {
        Path pointer = root.resolve(POINTER);
        try {
            List<String> lines = Files.exists(pointer)
                    ? Files.readAllLines(pointer, StandardCharsets.UTF_8).stream().map(String::strip)
                            .filter(line -> !line.isEmpty()).toList()
                    : List.of();
            if (lines.isEmpty()) {
                return List.of(DEFAULT);
            }
            lines.forEach(this::resolve);
            return lines;
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot read " + pointer, failure);
        }
    }

    private void write(List<String> lines) {
        Path pointer = root.resolve(POINTER);
        Path next = root.resolve(POINTER + ".next");
        try {
            Files.createDirectories(root);
            Files.writeString(next, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            try (FileChannel file = FileChannel.open(next, StandardOpenOption.WRITE)) {
                file.force(true);
            }
            Files.move(next, pointer, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory();
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot write " + pointer, failure);
        }
    }

    /** Makes the rename itself durable (where a directory can be opened for it, as on Linux). */
    private void syncDirectory() {
        try (FileChannel directory = FileChannel.open(root, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Windows cannot open a directory: the rename is as durable as the file system makes it.
        }
    }

    /** The replaced directory the pointer names, if any (tests). */
    Optional<String> replaced() {
        List<String> pointer = read();
        return pointer.size() > 1 ? Optional.of(pointer.get(1)) : Optional.empty();
    }
}

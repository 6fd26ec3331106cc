package io.opsledger.api.backup;

import io.opsledger.api.messaging.CommandDispatcher;
import io.opsledger.api.messaging.CommandResult;
import io.opsledger.kernel.backup.BackupJobId;
import io.opsledger.kernel.backup.BackupRule;
import io.opsledger.kernel.backup.BackupRunId;
import io.opsledger.kernel.backup.RecordScannedFileCommand;
import io.opsledger.kernel.backup.ScanTargets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Walks a job's scan directory and reports every file matching its pattern, with its size and
 * SHA-256, to the job. The job decides: a new file becomes a successful run, a known file with
 * the same hash changes nothing (so re-scans are idempotent), a known file whose hash changed
 * fails verification. Files are hashed as a stream in small blocks, never loaded whole, so a
 * multi-gigabyte backup costs a buffer of {@value #BUFFER_SIZE} bytes.
 */
@Component
public class BackupDirectoryScanner {

    static final int BUFFER_SIZE = 64 * 1024;
    private static final Logger log = LoggerFactory.getLogger(BackupDirectoryScanner.class);

    private final BackupReader reader;
    private final CommandDispatcher commands;
    private final BackupScanRoots roots;

    BackupDirectoryScanner(BackupReader reader, CommandDispatcher commands, BackupScanRoots roots) {
        this.reader = reader;
        this.commands = commands;
        this.roots = roots;
    }

    /** A file found in a scan directory; {@code fileName} is relative to it, with / between folders. */
    record ScannedFile(String fileName, long sizeBytes, String sha256, Instant modifiedAt) {
    }

    /** What one job's scan did: how many files it hashed and the job's revision afterwards. */
    record ScanResult(BackupJobId jobId, int filesScanned, long revision) {
    }

    /** Scans every job that has a scan directory; a job whose directory cannot be read is logged and skipped. */
    public Mono<List<ScanResult>> scanAll() {
        return reader.scanTargets(null)
                .flatMapMany(targets -> Flux.fromIterable(targets.targets()))
                .concatMap(target -> scan(target).onErrorResume(failure -> {
                    log.warn("Scan of backup job {} in {} failed: {}", target.jobId(), target.directory(), failure.getMessage());
                    return Mono.empty();
                }))
                .collectList();
    }

    Mono<ScanResult> scan(ScanTargets.Target target) {
        BackupJobId jobId = new BackupJobId(target.jobId());
        return Mono.fromCallable(() -> walk(roots.confine(target.directory()), target.glob()))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(UncheckedIOException.class, failure -> BackupRule.SCAN_DIRECTORY_UNREADABLE.violated(
                        "scan directory %s cannot be read: %s", target.directory(), failure.getCause().getMessage()))
                .flatMap(files -> Flux.fromIterable(files)
                        .concatMap(file -> commands.send(new RecordScannedFileCommand(jobId, BackupRunId.random(),
                                file.fileName(), file.sizeBytes(), file.sha256(), file.modifiedAt())))
                        .map(CommandResult::revision)
                        .reduce(0L, Math::max)
                        .map(revision -> new ScanResult(jobId, files.size(), revision)));
    }

    /**
     * The regular files under {@code directory} whose name matches {@code glob}, in name order,
     * hashed. Symbolic links are neither followed into directories nor read as files, so a link
     * cannot lead the scan out of its (confined) directory.
     */
    static List<ScannedFile> walk(Path directory, String glob) {
        if (!Files.isDirectory(directory) || !Files.isReadable(directory)) {
            throw new UncheckedIOException(new IOException("not a readable directory"));
        }
        PathMatcher matcher = directory.getFileSystem().getPathMatcher("glob:" + glob);
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(path -> matcher.matches(path.getFileName()))
                    .sorted()
                    .map(path -> scanned(directory, path))
                    .flatMap(Stream::ofNullable)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ScannedFile scanned(Path directory, Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                return null;
            }
            String relative = directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            return new ScannedFile(relative, attributes.size(), sha256(file), attributes.lastModifiedTime().toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 of a file, read as a stream. */
    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] buffer = new byte[BUFFER_SIZE];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}

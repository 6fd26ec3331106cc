package io.opsledger.api.backup;

import io.opsledger.kernel.RuleViolationException;
import io.opsledger.kernel.backup.BackupJobId;
import io.opsledger.kernel.backup.BackupJobView;
import io.opsledger.kernel.backup.BackupRunExpiredEvent;
import io.opsledger.kernel.backup.BackupRunId;
import io.opsledger.kernel.backup.FindBackupJobQuery;
import io.opsledger.kernel.backup.ScanSettings;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Scan directories stay inside the configured roots: through {@code ..} and through a symbolic
 * link, a directory outside is refused, nothing outside is read, and nothing outside is deleted.
 */
class BackupScanConfinementTest {

    @TempDir
    Path temp;
    private Path root;
    private Path outside;
    private Path secret;
    private BackupScanRoots roots;

    @BeforeEach
    void layOut() throws Exception {
        root = Files.createDirectories(temp.resolve("backups"));
        outside = Files.createDirectories(temp.resolve("etc"));
        secret = Files.writeString(outside.resolve("secret.bak"), "not yours");
        Files.createSymbolicLink(root.resolve("escape"), outside);
        Path jobs = Files.createDirectories(root.resolve("jobs"));
        Files.writeString(jobs.resolve("db-1.bak"), "a backup");
        Files.createSymbolicLink(jobs.resolve("link.bak"), secret);
        roots = new BackupScanRoots(List.of(root.toString()));
    }

    @Test
    void refusesADirectoryThatClimbsOutWithDotDot() {
        assertRefused(() -> roots.checkConfigured(root + "/../etc"), "SCAN_DIRECTORY_OUTSIDE_ROOTS");
        assertRefused(() -> roots.confine(root + "/../etc"), "SCAN_DIRECTORY_OUTSIDE_ROOTS");
    }

    @Test
    void refusesADirectoryThatIsALinkOutOfTheRoot() {
        assertRefused(() -> roots.checkConfigured(root.resolve("escape").toString()), "SCAN_DIRECTORY_OUTSIDE_ROOTS");
        assertRefused(() -> roots.confine(root.resolve("escape").toString()), "SCAN_DIRECTORY_OUTSIDE_ROOTS");
    }

    @Test
    void refusesEverythingWhenNoRootIsConfigured() {
        BackupScanRoots none = new BackupScanRoots(List.of(""));
        assertRefused(() -> none.checkConfigured(root.toString()), "SCAN_ROOTS_NOT_CONFIGURED");
        assertRefused(() -> none.confine(root.toString()), "SCAN_ROOTS_NOT_CONFIGURED");
    }

    @Test
    void acceptsADirectoryUnderTheRootAndDoesNotReadALinkedFile() {
        roots.checkConfigured(root.resolve("jobs").toString());
        List<BackupDirectoryScanner.ScannedFile> files =
                BackupDirectoryScanner.walk(roots.confine(root.resolve("jobs").toString()), "*.bak");
        assertThat(files).extracting(BackupDirectoryScanner.ScannedFile::fileName).containsExactly("db-1.bak");
    }

    @Test
    void deletesNothingOutsideTheRoot() {
        expire(root.resolve("escape").toString(), "secret.bak");
        expire(root.resolve("jobs").toString(), "link.bak");
        expire(root.resolve("jobs").toString(), "../../etc/secret.bak");
        expire(root + "/../etc", "secret.bak");
        assertThat(secret).exists().hasContent("not yours");
        assertThat(root.resolve("jobs/link.bak")).isSymbolicLink();

        expire(root.resolve("jobs").toString(), "db-1.bak");
        assertThat(root.resolve("jobs/db-1.bak")).doesNotExist();
    }

    private void expire(String directory, String fileName) {
        BackupJobView job = mock(BackupJobView.class);
        when(job.scan()).thenReturn(new ScanSettings(directory, "*.bak", true));
        QueryGateway queries = mock(QueryGateway.class);
        when(queries.query(any(FindBackupJobQuery.class), eq(BackupJobView.class)))
                .thenReturn(CompletableFuture.completedFuture(job));
        new ExpiredBackupFiles(queries, roots).on(new BackupRunExpiredEvent(new BackupJobId(UUID.randomUUID()),
                new BackupRunId(UUID.randomUUID()), fileName));
    }

    private static void assertRefused(Runnable check, String rule) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(RuleViolationException.class,
                violation -> assertThat(violation.rule()).isEqualTo(rule));
    }
}

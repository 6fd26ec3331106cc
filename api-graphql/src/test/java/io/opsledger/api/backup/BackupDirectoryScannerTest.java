package io.opsledger.api.backup;

import io.opsledger.api.backup.BackupDirectoryScanner.ScannedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Walking and hashing a scan directory, without the server. */
class BackupDirectoryScannerTest {

    @TempDir
    Path directory;

    @Test
    void hashesMatchingFilesAsAStreamAndNamesThemRelativeToTheDirectory() throws IOException {
        Files.writeString(directory.resolve("db01-1.tar.gz"), "abc");
        Files.createDirectories(directory.resolve("2026/11"));
        Files.writeString(directory.resolve("2026/11/db01-2.tar.gz"), "");
        Files.writeString(directory.resolve("notes.txt"), "not a backup");

        List<ScannedFile> files = BackupDirectoryScanner.walk(directory, "*.tar.gz");

        assertThat(files).extracting(ScannedFile::fileName).containsExactly("2026/11/db01-2.tar.gz", "db01-1.tar.gz");
        assertThat(files).extracting(ScannedFile::sha256).containsExactly(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(files).extracting(ScannedFile::sizeBytes).containsExactly(0L, 3L);
    }

    @Test
    void hashesAFileLargerThanItsBufferManyTimesOver() throws Exception {
        Path large = directory.resolve("large.bin");
        byte[] block = new byte[BackupDirectoryScanner.BUFFER_SIZE];
        java.security.MessageDigest expected = java.security.MessageDigest.getInstance("SHA-256");
        try (OutputStream out = Files.newOutputStream(large)) {
            for (int i = 0; i < 64; i++) {
                java.util.Arrays.fill(block, (byte) i);
                out.write(block);
                expected.update(block);
            }
        }
        assertThat(BackupDirectoryScanner.sha256(large))
                .isEqualTo(java.util.HexFormat.of().formatHex(expected.digest()));
    }
}

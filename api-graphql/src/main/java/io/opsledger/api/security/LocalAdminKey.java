package io.opsledger.api.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A fresh random key written at every start to a file readable only by the server's user (by default
 * {@code data/local-admin.key}), accepted as ADMIN. It lets {@code tokens create} on the server's
 * machine make the first token without any token: whoever can read the data directory can read
 * every event anyway, so this gives nobody more than they have. An empty file property turns it off.
 */
@Component
public class LocalAdminKey {

    static final String PRINCIPAL = "local-admin";
    private static final Logger log = LoggerFactory.getLogger(LocalAdminKey.class);

    private final byte[] keyHash;
    private final Path file;

    LocalAdminKey(@Value("${opsledger.security.local-admin-key-file:${opsledger.data-dir:./data}/local-admin.key}")
                  String file) {
        if (file.isBlank()) {
            this.keyHash = null;
            this.file = null;
            return;
        }
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String key = "local_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        this.file = Path.of(file).toAbsolutePath();
        this.keyHash = write(this.file, key) ? TokenAuthenticator.sha256(key) : null;
    }

    private static boolean write(Path file, String key) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, key);
            return true;
        } catch (IOException e) {
            log.warn("Cannot write the local admin key to {} ({}); create tokens with OPSLEDGER_ADMIN_TOKEN instead",
                    file, e.getMessage());
            return false;
        }
    }

    boolean matches(String token) {
        return keyHash != null && token.startsWith("local_")
                && MessageDigest.isEqual(keyHash, TokenAuthenticator.sha256(token));
    }

    /** Where the key is, for the first-start hint; null when there is none. */
    public Path file() {
        return keyHash == null ? null : file;
    }
}

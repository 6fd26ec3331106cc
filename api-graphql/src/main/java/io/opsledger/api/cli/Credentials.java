package io.opsledger.api.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The token the command line sends: the one given, else {@code OPSLEDGER_ADMIN_TOKEN}, else the
 * local admin key a server on this machine wrote into its data directory (which lets
 * {@code tokens create} make the first token of a fresh installation).
 */
final class Credentials {

    static final String LOCAL_ADMIN_KEY = "local-admin.key";

    private Credentials() {
    }

    static String resolve(String token, Path dataDir) {
        if (token != null && !token.isBlank()) {
            return token.trim();
        }
        String adminToken = System.getenv("OPSLEDGER_ADMIN_TOKEN");
        if (adminToken != null && !adminToken.isBlank()) {
            return adminToken.trim();
        }
        Path directory = dataDir != null ? dataDir : Path.of(System.getenv().getOrDefault("OPSLEDGER_DATA_DIR", "./data"));
        Path key = directory.resolve(LOCAL_ADMIN_KEY);
        if (Files.isReadable(key)) {
            try {
                return Files.readString(key, StandardCharsets.UTF_8).trim();
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }
}

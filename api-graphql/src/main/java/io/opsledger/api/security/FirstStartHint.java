package io.opsledger.api.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.nio.file.Path;

/**
 * On a fresh installation every request needs a token and none exists yet: say, once the server is
 * up, how to make the first one.
 */
@Component
class FirstStartHint {

    private static final Logger log = LoggerFactory.getLogger(FirstStartHint.class);

    private final ApiTokens tokens;
    private final LocalAdminKey localAdminKey;
    private final boolean adminTokenSet;

    FirstStartHint(ApiTokens tokens, LocalAdminKey localAdminKey,
                   @Value("${opsledger.security.admin-token:}") String adminToken) {
        this.tokens = tokens;
        this.localAdminKey = localAdminKey;
        this.adminTokenSet = !adminToken.isBlank();
    }

    @EventListener(ApplicationReadyEvent.class)
    void hint() {
        if (adminTokenSet || tokens.anyLive()) {
            return;
        }
        Path key = localAdminKey.file();
        log.warn("""
                No API token exists yet, and every request needs one (docs/security.md). Create the first, \
                on this machine, with:
                    ./run cli tokens create --name admin --role ADMIN{}
                It prints the token on its last line; send it as 'Authorization: Bearer <token>'.""",
                key == null ? "   (with OPSLEDGER_ADMIN_TOKEN set)"
                        : key.getParent().equals(Path.of("data").toAbsolutePath()) ? ""
                        : " --data-dir " + key.getParent());
    }
}

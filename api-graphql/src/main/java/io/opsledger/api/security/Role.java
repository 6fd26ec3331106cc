package io.opsledger.api.security;

import java.util.Locale;
import java.util.Optional;

/** The roles of a caller, each including the ones before it. */
public enum Role {
    /** Reads: queries and subscriptions. */
    VIEWER,
    /** Changes the operational record: the domain mutations. */
    OPERATOR,
    /** Runs the server: tokens, dead letters, imports, rebuilds. */
    ADMIN;

    public boolean includes(Role required) {
        return ordinal() >= required.ordinal();
    }

    /** The role named by {@code text} (any case), if it is one. */
    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

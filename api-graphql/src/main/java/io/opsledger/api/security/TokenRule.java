package io.opsledger.api.security;

import io.opsledger.kernel.Rule;

/** The rules a new or revoked API token must satisfy; each name is the error code a client receives. */
public enum TokenRule implements Rule {
    /** Names are 1 to 100 letters, digits, '.', '_', '@' or '-', so that they read well in the audit trail. */
    TOKEN_NAME_INVALID("name"),
    /** Two live tokens with one name would make the principal in the audit trail ambiguous. */
    TOKEN_NAME_IN_USE("name"),
    /** A token that expires before it is created is a typo. */
    TOKEN_EXPIRY_IN_PAST("expiresAt"),
    /** Revoking names exactly one live token, by id or by name. */
    TOKEN_NOT_FOUND("token");

    private final String field;

    TokenRule(String field) {
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}

package io.opsledger.api.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.Arrays;
import java.util.List;

/** A caller as Spring Security holds it; the authorities are the roles the caller's role includes. */
final class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;

    CallerAuthentication(Caller caller) {
        super(authorities(caller.role()));
        this.caller = caller;
        setAuthenticated(true);
    }

    private static List<SimpleGrantedAuthority> authorities(Role role) {
        return Arrays.stream(Role.values()).filter(role::includes)
                .map(included -> new SimpleGrantedAuthority("ROLE_" + included.name())).toList();
    }

    Caller caller() {
        return caller;
    }

    @Override
    public Object getCredentials() {
        // Never kept: a token must not travel further than its check.
        return "";
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.name();
    }
}

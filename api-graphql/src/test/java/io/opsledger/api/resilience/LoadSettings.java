package io.opsledger.api.resilience;

/** Server arguments for the load tests. */
final class LoadSettings {

    /**
     * The per-token request and connection limits, raised: these tests are about durability and
     * errors under load from one client token, not about throttling.
     */
    static final String[] UNTHROTTLED = {
            "--opsledger.limits.requests-per-second=1000000",
            "--opsledger.limits.burst=1000000",
            "--opsledger.limits.connections-per-token=10000"};

    private LoadSettings() {
    }
}

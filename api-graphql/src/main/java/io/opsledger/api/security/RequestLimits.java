package io.opsledger.api.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-credential rate limits (Bucket4j token buckets: a burst, then a steady rate) and the size
 * limit of request bodies. A refused request costs a map lookup and a short answer, so a client
 * over its limit cannot slow the others down. Not a {@code @Bean WebFilter}: it runs inside the
 * security chain, after authentication, where the caller is known.
 */
@Component
public class RequestLimits {

    private final long requestsPerSecond;
    private final long burst;
    private final long maxBodyBytes;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RequestLimits(@Value("${opsledger.limits.requests-per-second:50}") long requestsPerSecond,
                  @Value("${opsledger.limits.burst:200}") long burst,
                  @Value("${opsledger.limits.max-body-size:4MB}") DataSize maxBodySize) {
        this.requestsPerSecond = requestsPerSecond;
        this.burst = burst;
        this.maxBodyBytes = maxBodySize.toBytes();
    }

    /** How long the caller must wait before its next request, or empty when it may go now. */
    public Optional<Duration> tryConsume(Caller caller) {
        Bucket bucket = buckets.computeIfAbsent(caller.credentialId(), id -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst)
                        .refillGreedy(requestsPerSecond, Duration.ofSeconds(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** The filter of the security chain: body size first, then the caller's rate. */
    WebFilter webFilter() {
        return (exchange, chain) -> {
            long length = exchange.getRequest().getHeaders().getContentLength();
            if (length > maxBodyBytes && exchange.getRequest().getMethod() == HttpMethod.POST
                    && !exchange.getRequest().getPath().value().startsWith("/ping/")) {
                return ErrorResponses.write(exchange, HttpStatus.PAYLOAD_TOO_LARGE, "REQUEST_TOO_LARGE",
                        "the request body has %d bytes; opsledger.limits.max-body-size allows %d"
                                .formatted(length, maxBodyBytes));
            }
            return ReactiveSecurityContextHolder.getContext()
                    .map(SecurityContext::getAuthentication)
                    .filter(CallerAuthentication.class::isInstance)
                    .map(authentication -> ((CallerAuthentication) authentication).caller())
                    .flatMap(caller -> tryConsume(caller)
                            .map(wait -> tooMany(exchange, caller, wait).thenReturn(true))
                            .orElse(Mono.just(false)))
                    .defaultIfEmpty(false)
                    .flatMap(refused -> refused ? Mono.<Void>empty() : chain.filter(exchange));
        };
    }

    private Mono<Void> tooMany(ServerWebExchange exchange, Caller caller, Duration wait) {
        long seconds = retryAfterSeconds(wait);
        exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(seconds));
        return ErrorResponses.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED",
                "token '%s' sent more than %d requests a second (burst %d, opsledger.limits.requests-per-second); retry after %d s"
                        .formatted(caller.name(), requestsPerSecond, burst, seconds));
    }

    /** Refusal text for a graphql-ws message over the rate. */
    String rateMessage(Caller caller, Duration wait) {
        return "token '%s' sent more than %d requests a second (opsledger.limits.requests-per-second); retry after %d s"
                .formatted(caller.name(), requestsPerSecond, retryAfterSeconds(wait));
    }
}

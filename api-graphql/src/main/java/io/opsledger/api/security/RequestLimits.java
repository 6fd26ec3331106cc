package io.opsledger.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
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
import java.util.Optional;

/**
 * Per-credential rate limits (Bucket4j token buckets: a burst, then a steady rate) and the size
 * limit of request bodies. A refused request costs a map lookup and a short answer, so a client
 * over its limit cannot slow the others down. Not a {@code @Bean WebFilter}: it runs inside the
 * security chain, after authentication, where the caller is known.
 * <p>
 * A credential's bucket is dropped once the credential has been idle for {@link #IDLE_EXPIRY} (or
 * for as long as a drained bucket takes to fill again, if that is longer): JWT subjects are not
 * bounded, and an idle credential's bucket is full by then, so a fresh one changes nothing.
 */
@Component
public class RequestLimits {

    static final Duration IDLE_EXPIRY = Duration.ofMinutes(5);

    private final long requestsPerSecond;
    private final long burst;
    private final long maxBodyBytes;
    private final Cache<String, Bucket> buckets;

    @Autowired
    RequestLimits(@Value("${opsledger.limits.requests-per-second:50}") long requestsPerSecond,
                  @Value("${opsledger.limits.burst:200}") long burst,
                  @Value("${opsledger.limits.max-body-size:4MB}") DataSize maxBodySize) {
        this(requestsPerSecond, burst, maxBodySize, Ticker.systemTicker());
    }

    RequestLimits(long requestsPerSecond, long burst, DataSize maxBodySize, Ticker ticker) {
        this.requestsPerSecond = requestsPerSecond;
        this.burst = burst;
        this.maxBodyBytes = maxBodySize.toBytes();
        Duration refill = Duration.ofSeconds(1).multipliedBy(burst).dividedBy(requestsPerSecond);
        this.buckets = Caffeine.newBuilder().ticker(ticker)
                .expireAfterAccess(refill.compareTo(IDLE_EXPIRY) > 0 ? refill : IDLE_EXPIRY).build();
    }

    /** How long the caller must wait before its next request, or empty when it may go now. */
    public Optional<Duration> tryConsume(Caller caller) {
        Bucket bucket = buckets.get(caller.credentialId(), id -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst)
                        .refillGreedy(requestsPerSecond, Duration.ofSeconds(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Whether this credential has a bucket now, i.e. was active within the idle expiry. */
    boolean tracks(String credentialId) {
        buckets.cleanUp();
        return buckets.asMap().containsKey(credentialId);
    }

    static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /**
     * The filter of the security chain: body size first, then the caller's rate. A body is measured
     * by its Content-Length before it is read; one sent without (chunked) could not be, so it is
     * refused with 411 rather than read up to the codec's own ceiling (pings cut long bodies themselves).
     */
    WebFilter webFilter() {
        return (exchange, chain) -> {
            long length = exchange.getRequest().getHeaders().getContentLength();
            boolean measured = exchange.getRequest().getMethod() == HttpMethod.POST
                    && !exchange.getRequest().getPath().value().startsWith("/ping/");
            if (measured && length < 0 && exchange.getRequest().getHeaders().getFirst(HttpHeaders.TRANSFER_ENCODING) != null) {
                return ErrorResponses.write(exchange, HttpStatus.LENGTH_REQUIRED, "LENGTH_REQUIRED",
                        "send the request body with a Content-Length (not chunked): bodies are held to "
                                + "opsledger.limits.max-body-size (%d bytes) before they are read".formatted(maxBodyBytes));
            }
            if (measured && length > maxBodyBytes) {
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

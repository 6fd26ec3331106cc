package io.opsledger.api.security;

import com.github.benmanes.caffeine.cache.Ticker;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The rate-limit buckets of idle credentials are evicted, on a clock the test moves. */
class RequestLimitsTest {

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;

    @Test
    void theBucketOfAnIdleCredentialIsDroppedWhileAnActiveOneIsKept() {
        RequestLimits limits = new RequestLimits(50, 200, DataSize.ofMegabytes(4), ticker);
        Caller idle = caller("idle");
        Caller active = caller("active");
        limits.tryConsume(idle);
        limits.tryConsume(active);

        advance(Duration.ofMinutes(4));
        limits.tryConsume(active);
        assertThat(limits.tracks("idle")).as("idle for 4 minutes, under the expiry").isTrue();

        advance(Duration.ofMinutes(2));

        assertThat(limits.tracks("idle")).as("idle for 6 minutes").isFalse();
        assertThat(limits.tracks("active")).as("last used 2 minutes ago").isTrue();
    }

    @Test
    void aBucketIsKeptAsLongAsItTakesToFillAgainWhenThatIsLongerThanTheIdleExpiry() {
        // 600 requests at 1 a second: a drained bucket is full again after 10 minutes, not 5.
        RequestLimits limits = new RequestLimits(1, 600, DataSize.ofMegabytes(4), ticker);
        limits.tryConsume(caller("slow"));

        advance(Duration.ofMinutes(9));
        assertThat(limits.tracks("slow")).isTrue();

        advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(limits.tracks("slow")).isFalse();
    }

    @Test
    void aCredentialWhoseBucketWasDroppedGetsAFullOneAgain() {
        RequestLimits limits = new RequestLimits(1, 2, DataSize.ofMegabytes(4), ticker);
        Caller caller = caller("returning");
        limits.tryConsume(caller);
        limits.tryConsume(caller);
        assertThat(limits.tryConsume(caller)).as("the burst of 2 is spent").isPresent();

        advance(RequestLimits.IDLE_EXPIRY.plusSeconds(1));

        assertThat(limits.tracks("returning")).isFalse();
        assertThat(limits.tryConsume(caller)).isEmpty();
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    private static Caller caller(String credentialId) {
        return new Caller(credentialId, Role.VIEWER, credentialId, null);
    }
}

package io.opsledger.api.security;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CallerInterceptorTest {

    @Test
    void aCloseReasonLongerThanACloseFrameCarriesIsCutOnACharacterBoundary() {
        String reason = "Unauthorized: the JWT was refused: " + "é".repeat(100);

        String cut = CallerInterceptor.closeReason(reason);

        assertThat(cut.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(123);
        assertThat(cut).startsWith("Unauthorized: the JWT was refused: é").endsWith("é…");
        assertThat(reason).startsWith(cut.substring(0, cut.length() - 1));
    }

    @Test
    void aShortCloseReasonIsKept() {
        String reason = "Forbidden: this token has 20 connections open, the most "
                + "opsledger.limits.connections-per-token allows";

        assertThat(CallerInterceptor.closeReason(reason)).isEqualTo(reason);
    }
}

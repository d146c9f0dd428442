package org.unionaid.domain.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * Specifies R-AUTH-02: codes as RFC 6238 computes them (its appendix B test vectors for HMAC-SHA1, whose secret
 * is the ASCII of "12345678901234567890"), accepted for their step ±1 and only after the last step spent.
 */
class TotpTest {

    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    // R-AUTH-02
    @Test
    void matchesTheTestVectorsOfRfc6238() {
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59L)), 8)).isEqualTo("94287082");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109L)), 8)).isEqualTo("07081804");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111111L)), 8)).isEqualTo("14050471");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890L)), 8)).isEqualTo("89005924");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000L)), 8)).isEqualTo("69279037");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(20000000000L)), 8)).isEqualTo("65353130");
        // Six digits, as every authenticator app shows them: the last six of the eight.
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59L)))).isEqualTo("287082");
    }

    // R-AUTH-02
    @Test
    void acceptsTheStepBeforeAndAfterButNotTwoAway() {
        Instant now = Instant.ofEpochSecond(1234567890L);
        long present = Totp.step(now);

        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, present), now, 0)).hasValue(present);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, present - 1), now, 0)).hasValue(present - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, present + 1), now, 0)).hasValue(present + 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, present - 2), now, 0)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, present + 2), now, 0)).isEmpty();
    }

    // R-AUTH-02
    @Test
    void aSpentStepAndTheStepsBeforeItAreNotAcceptedAgain() {
        Instant now = Instant.ofEpochSecond(1234567890L);
        long present = Totp.step(now);
        String code = Totp.code(RFC_SECRET, present);

        assertThat(Totp.matchingStep(RFC_SECRET, code, now, present)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, present - 1), now, present)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, present + 1), now, present))
                .hasValue(present + 1);
    }

    @Test
    void readsCodesAsPeopleTypeThem() {
        Instant now = Instant.ofEpochSecond(59L);
        assertThat(Totp.matchingStep(RFC_SECRET, " 287 082 ", now, 0)).isPresent();
        assertThat(Totp.matchingStep(RFC_SECRET, "２８７０８２", now, 0)).isPresent();
        assertThat(Totp.matchingStep(RFC_SECRET, "28708", now, 0)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, null, now, 0)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "abcdef", now, 0)).isEmpty();
    }

    @Test
    void secretsTravelAsBase32InAnOtpauthUri() {
        assertThat(Base32.encode(RFC_SECRET)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Base32.decode("gezd gnbv-gy3tqojqgezdgnbvgy3tqojq")).isEqualTo(RFC_SECRET);
        byte[] secret = Totp.newSecret();
        assertThat(secret).hasSize(Totp.SECRET_BYTES);
        assertThat(Base32.decode(Base32.encode(secret))).isEqualTo(secret);
        assertThat(Totp.uri("UnionAid", "xihu.admin", RFC_SECRET)).isEqualTo("otpauth://totp/UnionAid:xihu.admin"
                + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=UnionAid&algorithm=SHA1&digits=6&period=30");
    }
}

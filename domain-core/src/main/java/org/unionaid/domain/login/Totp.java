package org.unionaid.domain.login;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * R-AUTH-02 — time-based one-time passwords as RFC 6238 defines them and every authenticator app computes
 * them: HMAC-SHA1 over the number of 30-second steps since the epoch, dynamically truncated (RFC 4226) to six
 * digits. A code is accepted for its own step and one step either side (a phone's clock a little off, a code
 * typed as it changes), and only for a step after the last one the user spent, so that a code seen over a
 * shoulder or replayed from a log is worth nothing. Small enough to keep here instead of a library.
 */
public final class Totp {

    public static final int STEP_SECONDS = 30;
    public static final int DIGITS = 6;
    /** Steps accepted either side of the present one. */
    public static final int TOLERANCE = 1;
    /** 160 bits, the length of an HMAC-SHA1 key that RFC 4226 recommends. */
    public static final int SECRET_BYTES = 20;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {
    }

    public static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** The step an instant lies in: whole 30-second periods since 1970-01-01T00:00:00Z. */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The six-digit code of a step. */
    public static String code(byte[] secret, long step) {
        return code(secret, step, DIGITS);
    }

    /** The code of a step with as many digits as asked (RFC 6238's test vectors have eight). */
    static String code(byte[] secret, long step, int digits) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        return String.format(Locale.ROOT, "%0" + digits + "d", binary % POWERS[digits]);
    }

    /**
     * The step whose code {@code code} is, among the present step ±{@link #TOLERANCE} and after
     * {@code lastUsedStep}; empty when there is none. The comparison takes the same time whatever matches.
     */
    public static OptionalLong matchingStep(byte[] secret, String code, Instant now, long lastUsedStep) {
        String typed = normalise(code);
        if (typed.length() != DIGITS) {
            return OptionalLong.empty();
        }
        long present = step(now);
        long found = -1;
        for (long step = present - TOLERANCE; step <= present + TOLERANCE; step++) {
            boolean equal = MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII));
            if (equal && step > lastUsedStep && found < 0) {
                found = step;
            }
        }
        return found < 0 ? OptionalLong.empty() : OptionalLong.of(found);
    }

    /** Digits as people type them: spaces dropped, full-width digits (from a Chinese input method) read as digits. */
    static String normalise(String code) {
        if (code == null) {
            return "";
        }
        StringBuilder digits = new StringBuilder();
        for (char c : code.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                digits.append((char) ('0' + (c - '０')));
            } else if (c != ' ' && c != '\u3000') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    /** What an authenticator app reads from the QR code: issuer, account and secret. */
    public static String uri(String issuer, String account, byte[] secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + Base32.encode(secret) + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

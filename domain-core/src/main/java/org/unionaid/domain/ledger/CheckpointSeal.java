package org.unionaid.domain.ledger;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * R-LEDGER-07 — the seal on a ledger checkpoint: HMAC-SHA256 with a key the installation keeps outside the
 * database ({@code unionaid.ledger.checkpoint-key}), so whoever can rewrite the ledger's tables still cannot
 * make a checkpoint that matches the rewritten chains, nor alter a downloaded one unnoticed.
 */
public final class CheckpointSeal {

    /** Bytes a key has at least: as many as the hash it keys. */
    public static final int MINIMUM_KEY_LENGTH = 32;

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public CheckpointSeal(byte[] key) {
        if (key == null || key.length < MINIMUM_KEY_LENGTH) {
            throw new IllegalArgumentException("a checkpoint key has at least " + MINIMUM_KEY_LENGTH + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    public static CheckpointSeal fromBase64(String key) {
        return new CheckpointSeal(Base64.getDecoder().decode(key.strip()));
    }

    /** The seal of {@code content}, in hex. */
    public String sign(byte[] content) {
        return HexFormat.of().formatHex(mac().doFinal(content));
    }

    /** Whether {@code seal} is the seal of {@code content}, compared in constant time. */
    public boolean verifies(byte[] content, String seal) {
        byte[] given;
        try {
            given = HexFormat.of().parseHex(seal);
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(mac().doFinal(content), given);
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has HMAC-SHA256", e);
        }
    }
}

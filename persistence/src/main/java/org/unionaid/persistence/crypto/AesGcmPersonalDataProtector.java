package org.unionaid.persistence.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.unionaid.domain.person.PersonalDataProtector;

/**
 * AES-256-GCM for the values and HMAC-SHA256 for the blind indexes, with two independent keys.
 * A sealed value is {@code version(1) | nonce(12) | ciphertext | tag(16)}; the purpose is the
 * associated data, so a value cannot be moved between columns unnoticed. The version byte leaves
 * room to rotate keys (or move to SM4-GCM) without guessing which rows were written how.
 */
public final class AesGcmPersonalDataProtector implements PersonalDataProtector {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec indexKey;
    private final SecureRandom random = new SecureRandom();

    /**
     * A decrypting cipher per thread, initialised again for each value: looking the transformation up among
     * the providers cost as much as the decryption itself when a bank file opens 100,000 cards. Only for
     * opening — an encrypting GCM cipher must never be reused with the same nonce, so sealing takes a new one.
     */
    private final ThreadLocal<Cipher> decrypting = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every Java runtime", e);
        }
    });

    public AesGcmPersonalDataProtector(PersonalDataKeys keys) {
        this.encryptionKey = new SecretKeySpec(keys.encryptionKey(), "AES");
        this.indexKey = new SecretKeySpec(keys.indexKey(), "HmacSHA256");
    }

    @Override
    public byte[] seal(Purpose purpose, String value) {
        return sealBytes(purpose, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String open(Purpose purpose, byte[] sealed) {
        return new String(openBytes(purpose, sealed), StandardCharsets.UTF_8);
    }

    @Override
    public byte[] sealBytes(Purpose purpose, byte[] value) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(purpose));
            // Straight into the sealed array: a bank file is megabytes, not worth copying once more.
            byte[] sealed = new byte[1 + NONCE_BYTES + cipher.getOutputSize(value.length)];
            sealed[0] = VERSION;
            System.arraycopy(nonce, 0, sealed, 1, NONCE_BYTES);
            int written = cipher.doFinal(value, 0, value.length, sealed, 1 + NONCE_BYTES);
            return written == sealed.length - 1 - NONCE_BYTES ? sealed : Arrays.copyOf(sealed, 1 + NONCE_BYTES + written);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal personal data", e);
        }
    }

    @Override
    public byte[] openBytes(Purpose purpose, byte[] sealed) {
        if (sealed == null || sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != VERSION) {
            throw new IllegalArgumentException("not a sealed value of version " + VERSION);
        }
        try {
            Cipher cipher = decrypting.get();
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(associatedData(purpose));
            return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealed value altered, or sealed for another purpose or key", e);
        }
    }

    @Override
    public byte[] blindIndex(Purpose purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            mac.update(associatedData(purpose));
            mac.update((byte) 0);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot compute blind index", e);
        }
    }

    private static byte[] associatedData(Purpose purpose) {
        return purpose.name().getBytes(StandardCharsets.US_ASCII);
    }
}

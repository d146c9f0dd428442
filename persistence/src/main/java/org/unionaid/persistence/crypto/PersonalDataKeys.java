package org.unionaid.persistence.crypto;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * The two 256-bit keys that protect personal data: one encrypts, one computes blind indexes. They
 * come from configuration as Base64; losing them makes every protected value unreadable, so
 * production keeps them in its secret store, never in the repository.
 */
public record PersonalDataKeys(byte[] encryptionKey, byte[] indexKey) {

    public PersonalDataKeys {
        requireKeyLength("encryption", encryptionKey);
        requireKeyLength("index", indexKey);
        if (Arrays.equals(encryptionKey, indexKey)) {
            throw new IllegalArgumentException("the encryption key and the index key must differ");
        }
        encryptionKey = encryptionKey.clone();
        indexKey = indexKey.clone();
    }

    public static PersonalDataKeys fromBase64(String encryptionKey, String indexKey) {
        return new PersonalDataKeys(decode("encryption", encryptionKey), decode("index", indexKey));
    }

    /** Two fresh random keys, for a demo database or a first installation. */
    public static PersonalDataKeys generate() {
        SecureRandom random = new SecureRandom();
        byte[] encryption = new byte[32];
        byte[] index = new byte[32];
        random.nextBytes(encryption);
        random.nextBytes(index);
        return new PersonalDataKeys(encryption, index);
    }

    public String encryptionKeyBase64() {
        return Base64.getEncoder().encodeToString(encryptionKey);
    }

    public String indexKeyBase64() {
        return Base64.getEncoder().encodeToString(indexKey);
    }

    @Override
    public byte[] encryptionKey() {
        return encryptionKey.clone();
    }

    @Override
    public byte[] indexKey() {
        return indexKey.clone();
    }

    /** Never prints the keys. */
    @Override
    public String toString() {
        return "PersonalDataKeys[hidden]";
    }

    private static byte[] decode(String name, String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalArgumentException("the personal-data " + name + " key is not configured");
        }
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the personal-data " + name + " key is not valid Base64", e);
        }
    }

    private static void requireKeyLength(String name, byte[] key) {
        if (key == null || key.length != 32) {
            throw new IllegalArgumentException("the personal-data " + name + " key must be 32 bytes (256 bits)");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonalDataKeys keys && Arrays.equals(keys.encryptionKey, encryptionKey)
                && Arrays.equals(keys.indexKey, indexKey);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(encryptionKey) + Arrays.hashCode(indexKey);
    }
}

package org.unionaid.domain.person;

/**
 * Personal numbers at rest (DOMAIN §11): ID and bank card numbers are stored encrypted, next to a
 * keyed blind index that serves exact search and the database's uniqueness constraints without
 * ever storing the number. Each value belongs to a {@link Purpose}, bound into both the ciphertext
 * and the index, so a value sealed for one column neither opens nor matches in another.
 */
public interface PersonalDataProtector {

    /** What a protected value is, e.g. a resident ID number or a bank card number. */
    enum Purpose {
        RESIDENT_ID,
        BANK_CARD,
        /** a bank payment or return file, which holds card numbers (its bytes as they are) */
        BANK_FILE,
        /** a user's TOTP secret (R-AUTH-02): whoever reads it can make the user's codes */
        TOTP_SECRET,
        /** a user's recovery codes (R-AUTH-03), kept as blind indexes only */
        RECOVERY_CODE
    }

    /** Encrypts with a fresh nonce: sealing the same value twice gives different bytes. */
    byte[] seal(Purpose purpose, String value);

    /** Decrypts, verifying that the bytes were sealed for {@code purpose} and not altered. */
    String open(Purpose purpose, byte[] sealed);

    /** {@link #seal(Purpose, String)} for bytes that are not text, e.g. a whole bank file. */
    byte[] sealBytes(Purpose purpose, byte[] value);

    /** {@link #open(Purpose, byte[])} for what {@link #sealBytes} sealed. */
    byte[] openBytes(Purpose purpose, byte[] sealed);

    /** A keyed, deterministic digest of the value: equal values, equal indexes; no way back. */
    byte[] blindIndex(Purpose purpose, String value);
}

package org.unionaid.domain.ledger;

import java.util.Arrays;
import java.util.HexFormat;

/** A SHA-256 value in a union's chain of postings. */
public final class ChainHash {

    public static final int LENGTH = 32;

    /** What the first posting of every chain links to. */
    public static final ChainHash GENESIS = new ChainHash(new byte[LENGTH]);

    private final byte[] bytes;

    private ChainHash(byte[] bytes) {
        this.bytes = bytes;
    }

    public static ChainHash of(byte[] bytes) {
        if (bytes == null || bytes.length != LENGTH) {
            throw new IllegalArgumentException("a chain hash has " + LENGTH + " bytes");
        }
        return new ChainHash(bytes.clone());
    }

    public static ChainHash ofHex(String hex) {
        return of(HexFormat.of().parseHex(hex));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChainHash hash && Arrays.equals(hash.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}

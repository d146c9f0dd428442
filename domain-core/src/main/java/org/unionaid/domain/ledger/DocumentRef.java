package org.unionaid.domain.ledger;

import java.util.Objects;

/**
 * The business document behind an entry (a donation, an allocation, a disbursement line), so that
 * an auditor can go from any posting to its proof.
 */
public record DocumentRef(String type, long id) {

    public DocumentRef {
        Objects.requireNonNull(type, "type");
        if (!type.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("document type must be a lower-case code: " + type);
        }
    }

    @Override
    public String toString() {
        return type + "/" + id;
    }
}

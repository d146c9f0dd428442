package org.unionaid.domain.anomaly;

import java.util.Objects;

/**
 * A business record a hit or a finding concerns, as {@code type/id} ({@code hardship_file/12},
 * {@code disbursement_line/340}): the pages link each to where it can be read.
 */
public record RecordRef(String type, long id) {

    public RecordRef {
        Objects.requireNonNull(type, "type");
        if (!type.matches("[a-z][a-z0-9_]{0,39}")) {
            throw new IllegalArgumentException("record type must be a lower-case code: " + type);
        }
    }

    public static RecordRef parse(String text) {
        int slash = text.lastIndexOf('/');
        if (slash < 1) {
            throw new IllegalArgumentException("not a record reference: " + text);
        }
        return new RecordRef(text.substring(0, slash), Long.parseLong(text.substring(slash + 1)));
    }

    @Override
    public String toString() {
        return type + "/" + id;
    }
}

package org.unionaid.domain.trace;

import java.util.List;

import org.unionaid.domain.anomaly.RecordRef;

/**
 * What names a business document in words: the values the page's message {@code record.<type>} puts around the
 * number (a batch's campaign and paying union, a line's worker and reference…), never a full ID or card number.
 */
public record DocumentLabel(RecordRef record, List<Object> arguments) {

    public DocumentLabel {
        arguments = List.copyOf(arguments);
    }
}

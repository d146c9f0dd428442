package org.unionaid.domain.bankfile;

import java.time.LocalDate;

/** What the header and trailer of a bank file say about the batch besides its count and total. */
public record BatchHeading(String batchReference, String payerName, LocalDate date) {

    /** UA + the batch number, the prefix of every line's reference (UA12L345). */
    public static String batchReference(long batchId) {
        return "UA" + batchId;
    }
}

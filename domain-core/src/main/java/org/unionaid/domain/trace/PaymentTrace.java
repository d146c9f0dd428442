package org.unionaid.domain.trace;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.unionaid.domain.money.Money;

/**
 * Everything that explains one payment line (issue 16, "every payment traceable"): the campaign and the money it
 * was paid from, the batch (made by, approved by, when), the bank files (version, SHA-256, the line's place), the
 * return line that settled it, or the handover in person, the ledger postings, the other lines of the household in
 * the campaign, and the file as it stood when the line was settled (field by field, masked).
 *
 * @param settledAt     when the line was paid or failed (the return's import, the handover's recording), or null
 * @param fileAsOf      the instant {@code fileAtPayment} shows the file at: the settlement, else now
 * @param fileAtPayment the file's fields as {@code FileSnapshot} names them, as they stood at {@code fileAsOf}
 */
public record PaymentTrace(TraceLine line, List<FundingRow> funding, Money fundedTotal, List<BankFileLine> bankFiles,
        ReturnRow bankReturn, Integer returnLineNumber, HandoverRow handover, List<PostingRow> postings,
        List<HouseholdLine> householdLines, Instant settledAt, Instant fileAsOf, Map<String, String> fileAtPayment) {

    public PaymentTrace {
        funding = List.copyOf(funding);
        bankFiles = List.copyOf(bankFiles);
        postings = List.copyOf(postings);
        householdLines = List.copyOf(householdLines);
        fileAtPayment = Collections.unmodifiableMap(new LinkedHashMap<>(fileAtPayment));
    }
}

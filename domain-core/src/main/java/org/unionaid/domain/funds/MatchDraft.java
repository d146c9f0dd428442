package org.unionaid.domain.funds;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Matching money as typed into the allocation page, not yet checked: the amount as text, the day it was
 * received, the accounting voucher it was booked with (记账凭证号) and where the union found it. The request
 * key, made when the page was shown, turns the same form sent twice into one match.
 */
public record MatchDraft(String amount, LocalDate receivedOn, String voucherNumber, MatchingSource source, String note,
        UUID requestKey) {
}

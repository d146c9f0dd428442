package org.unionaid.domain.ledger;

import java.util.Optional;

/**
 * The result of walking one union's chain: how many postings were proved and the hash they end
 * with (which an auditor can note down and compare later), or the first break.
 */
public record ChainReport(long unionId, long postingsVerified, ChainHash headHash, ChainBreak firstBreak) {

    public boolean intact() {
        return firstBreak == null;
    }

    public Optional<ChainBreak> problem() {
        return Optional.ofNullable(firstBreak);
    }
}

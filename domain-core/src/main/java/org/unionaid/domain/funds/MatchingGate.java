package org.unionaid.domain.funds;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.shared.Refusal;

/**
 * R-MATCH-02 — the one call every use case makes before money leaves a union's available account (a batch
 * created, filled or approved; an onward allocation; a balance transfer): refused while an allocation the
 * union received into that account is past its matching deadline with a shortfall. It reads in the
 * caller's transaction and opens none of its own, so a refusal leaves the caller's transaction as it was.
 */
@Service
public class MatchingGate {

    private final Funds funds;
    private final Clock clock;

    public MatchingGate(Funds funds, Clock clock) {
        this.funds = funds;
        this.clock = clock;
    }

    /** The refusal, if money of this source and purpose may not leave the union's account today. */
    public Optional<Refusal> overdueShortfall(long unionId, FundSource source, FundPurpose purpose) {
        LocalDate today = LocalDate.now(clock);
        return MatchingRules.overdueShortfall(new MatchingRules.Spending(unionId, source, purpose,
                funds.allocationsInto(unionId, source, purpose, today), today));
    }

    /** Throws the refusal of {@link #overdueShortfall}. */
    public void requireMatched(long unionId, FundSource source, FundPurpose purpose) {
        overdueShortfall(unionId, source, purpose).ifPresent(refusal -> {
            throw refusal.toException();
        });
    }
}

package org.unionaid.domain.ledger;

import java.util.Objects;

/**
 * One balance of one union: account kind × fund source × purpose × campaign (R-FUND-01). Campaign money is held
 * per campaign, so a movement of one campaign spends only that campaign's money; money of no campaign — daily
 * assistance (日常帮扶) and money received for no campaign — is its own pool ({@code campaignId} {@code null}).
 *
 * @param campaignId the campaign whose money this is, {@code null} for none
 */
public record LedgerAccount(long unionId, AccountKind kind, FundSource source, FundPurpose purpose, Long campaignId) {

    public LedgerAccount {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(purpose, "purpose");
    }

    /** An account of money of no campaign. */
    public LedgerAccount(long unionId, AccountKind kind, FundSource source, FundPurpose purpose) {
        this(unionId, kind, source, purpose, null);
    }

    public static LedgerAccount available(long unionId, FundSource source, FundPurpose purpose) {
        return new LedgerAccount(unionId, AccountKind.AVAILABLE, source, purpose);
    }

    public static LedgerAccount available(long unionId, Long campaignId, FundSource source, FundPurpose purpose) {
        return new LedgerAccount(unionId, AccountKind.AVAILABLE, source, purpose, poolOf(campaignId, purpose));
    }

    /**
     * R-FUND-01 — the pool a line of an entry of {@code campaignId} belongs to: the campaign's, except daily
     * assistance money, which belongs to no campaign. The entry's campaign and the line's purpose are both hashed
     * into every posting, so the pool of a posting is fixed by its chain, whatever version it was written in.
     */
    public static Long poolOf(Long campaignId, FundPurpose purpose) {
        return purpose == FundPurpose.DAILY ? null : campaignId;
    }

    /** This account in another pool. */
    public LedgerAccount inPool(Long campaign) {
        return new LedgerAccount(unionId, kind, source, purpose, campaign);
    }
}

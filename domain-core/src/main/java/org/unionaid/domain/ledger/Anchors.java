package org.unionaid.domain.ledger;

import java.util.List;
import java.util.Optional;

import org.unionaid.domain.scope.OrganisationPath;

/**
 * Where the unions' chain heads are recorded outside their own chains, and what the chains hold at those
 * places now (R-LEDGER-06, R-LEDGER-07). Implemented in the persistence module.
 */
public interface Anchors {

    /** Every entry that anchored the union's head, oldest first, with what the union's chain holds there now. */
    List<AnchoredHead> anchorsOf(long unionId);

    /**
     * The hash the union's chain holds after {@code seq} postings: {@link ChainHash#GENESIS} for none, empty when
     * the chain has no posting {@code seq} (any more).
     */
    Optional<ChainHash> hashAt(long unionId, long seq);

    /** The chain head of every union in {@code scope} that has a chain, in tree order. */
    List<UnionHead> headsIn(OrganisationPath scope);

    /**
     * An anchor as recorded by an entry of another union's chain, and what the anchored chain holds now.
     *
     * @param found      the hash after {@code anchor.seq()} postings now, {@code null} when the chain is shorter
     * @param entryAfter the entry of the posting right after the anchored head, {@code null} when there is none:
     *                   the anchoring entry's own posting belongs there
     */
    record AnchoredHead(long entryId, ChainAnchor anchor, ChainHash found, Long entryAfter) {
    }

    /** A union's chain head with the union's name, as a checkpoint lists it. */
    record UnionHead(long unionId, String unionName, OrganisationPath path, ChainHead head) {
    }
}

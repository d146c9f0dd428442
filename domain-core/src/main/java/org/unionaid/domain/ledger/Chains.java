package org.unionaid.domain.ledger;

import java.util.List;
import java.util.Optional;

/** The unions' chains of postings as the verifier reads them. Implemented in the persistence module. */
public interface Chains {

    Optional<ChainHead> head(long unionId);

    /** Up to {@code limit} postings of the union with {@code afterSeq < chain_seq <= upToSeq}, in sequence order. */
    List<Posting> page(long unionId, long afterSeq, long upToSeq, int limit);
}

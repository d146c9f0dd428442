package org.unionaid.domain.ledger;

import java.util.Objects;

/** A posting's content with the hash it links to and its own hash. */
public record ChainLink(PostingContent content, ChainHash prevHash, ChainHash hash) {

    public ChainLink {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(hash, "hash");
    }

    /** The link a writer makes: {@code content} hashed after {@code previous}. */
    public static ChainLink after(ChainHash previous, PostingContent content) {
        return new ChainLink(content, previous, content.hashAfter(previous));
    }
}

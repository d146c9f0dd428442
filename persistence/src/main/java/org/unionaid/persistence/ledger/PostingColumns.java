package org.unionaid.persistence.ledger;

import java.util.List;
import java.util.Map;

import org.unionaid.domain.ledger.ChainLink;
import org.unionaid.domain.ledger.PostingContent;

/** Chain links as one array per column, for an INSERT … SELECT FROM unnest(…) of all of them at once. */
final class PostingColumns {

    private final Long[] unions;
    private final Long[] seqs;
    private final String[] kinds;
    private final String[] sources;
    private final String[] purposes;
    private final String[] amounts;
    private final String[] times;
    private final String[] prevHashes;
    private final String[] hashes;
    private final Integer[] versions;
    private final Long[] campaigns;

    PostingColumns(List<ChainLink> links) {
        int size = links.size();
        unions = new Long[size];
        seqs = new Long[size];
        kinds = new String[size];
        sources = new String[size];
        purposes = new String[size];
        amounts = new String[size];
        times = new String[size];
        prevHashes = new String[size];
        hashes = new String[size];
        versions = new Integer[size];
        campaigns = new Long[size];
        for (int i = 0; i < size; i++) {
            ChainLink link = links.get(i);
            PostingContent content = link.content();
            unions[i] = content.account().unionId();
            seqs[i] = content.chainSeq();
            kinds[i] = content.account().kind().name();
            sources[i] = content.account().source().name();
            purposes[i] = content.account().purpose().name();
            amounts[i] = content.amount().toString();
            times[i] = content.postedAt().toString();
            prevHashes[i] = link.prevHash().hex();
            hashes[i] = link.hash().hex();
            versions[i] = content.version();
            campaigns[i] = content.account().campaignId();
        }
    }

    /**
     * Named :unions, :seqs, :kinds, :sources, :purposes, :amounts, :times, :prevHashes, :hashes, :versions,
     * :campaigns.
     */
    Map<String, Object> parameters() {
        return Map.ofEntries(Map.entry("unions", unions), Map.entry("seqs", seqs), Map.entry("kinds", kinds),
                Map.entry("sources", sources), Map.entry("purposes", purposes), Map.entry("amounts", amounts),
                Map.entry("times", times), Map.entry("prevHashes", prevHashes), Map.entry("hashes", hashes),
                Map.entry("versions", versions), Map.entry("campaigns", campaigns));
    }
}

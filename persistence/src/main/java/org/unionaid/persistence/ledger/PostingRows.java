package org.unionaid.persistence.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.ChainAnchor;
import org.unionaid.domain.ledger.ChainHash;
import org.unionaid.domain.ledger.ChainLink;
import org.unionaid.domain.ledger.DocumentRef;
import org.unionaid.domain.ledger.EntryHeader;
import org.unionaid.domain.ledger.EntryKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.LedgerAccount;
import org.unionaid.domain.ledger.Posting;
import org.unionaid.domain.ledger.PostingContent;
import org.unionaid.domain.money.Money;

/** Postings read with their entry, exactly as stored, so the verifier hashes what the database holds. */
final class PostingRows {

    /** Postings joined to their entries; callers append their own where clause and order. */
    static final String SELECT = """
            select p.id, p.entry_id, p.union_id, p.chain_seq, p.account_kind, p.fund_source, p.purpose, p.amount,
                   p.posted_at, p.prev_hash, p.hash, p.content_version, p.campaign_id as pool, e.kind, e.document_type, e.document_id,
                   e.campaign_id, e.memo, e.reverses_entry_id, e.posted_at as entry_posted_at, e.posted_by,
                   e.anchor_union_id, e.anchor_seq, e.anchor_hash
              from ledger_posting p
              join ledger_entry e on e.id = p.entry_id
            """;

    private PostingRows() {
    }

    static Posting posting(ResultSet rs, int row) throws SQLException {
        EntryHeader entry = new EntryHeader(EntryKind.valueOf(rs.getString("kind")),
                new DocumentRef(rs.getString("document_type"), rs.getLong("document_id")),
                rs.getObject("campaign_id", Long.class), rs.getString("memo"),
                rs.getObject("reverses_entry_id", Long.class), instant(rs, "entry_posted_at"), rs.getLong("posted_by"),
                anchor(rs));
        LedgerAccount account = new LedgerAccount(rs.getLong("union_id"),
                AccountKind.valueOf(rs.getString("account_kind")), FundSource.valueOf(rs.getString("fund_source")),
                FundPurpose.valueOf(rs.getString("purpose")), rs.getObject("pool", Long.class));
        PostingContent content = new PostingContent(account, rs.getLong("chain_seq"), rs.getLong("entry_id"), entry,
                Money.of(rs.getBigDecimal("amount")), instant(rs, "posted_at"), rs.getInt("content_version"));
        return new Posting(rs.getLong("id"),
                new ChainLink(content, ChainHash.of(rs.getBytes("prev_hash")), ChainHash.of(rs.getBytes("hash"))));
    }

    /** The other union's head the entry recorded, exactly as stored (a partial one fails the verification). */
    private static ChainAnchor anchor(ResultSet rs) throws SQLException {
        Long union = rs.getObject("anchor_union_id", Long.class);
        return union == null ? null
                : new ChainAnchor(union, rs.getLong("anchor_seq"), ChainHash.of(rs.getBytes("anchor_hash")));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}

package org.unionaid.domain.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Objects;

import org.unionaid.domain.money.Money;

/**
 * Everything a posting asserts, and the one definition of how it is hashed into its union's chain:
 * the writer and the verifier both call {@link #hashAfter}, so they cannot disagree.
 *
 * <p>{@code hash = SHA-256(UTF-8(canonical()) || previous hash)}. The canonical form is one
 * {@code name=value} line per field in a fixed order; the memo, the only free text, comes last with
 * its length in UTF-8 bytes, so no text can imitate another field. Times are epoch microseconds,
 * amounts plain with two decimals. The entry's fields are part of every posting's content, so the
 * chain protects the entry rows too; the posting's own time is stored beside the entry's (to filter
 * postings by date without a join) and hashed as well.
 *
 * <p>Changing this form would break every stored chain, so a new form is a new version, stored with each
 * posting ({@code ledger_posting.content_version}) and hashed in its first line; postings keep the form they
 * were written in. Version 1 (until V40) has no anchor. Version 2 adds the chain head of another union the
 * entry anchors (R-LEDGER-06), {@code -} when none. A version-1 posting whose entry has an anchor gets the
 * anchor line anyway: version 1 never hashed one, so such a posting cannot verify.
 *
 * <p>The campaign pool of a posting's account (R-FUND-01, V41) is not a field of its own in either version: it is
 * implied by the entry's campaign and the purpose ({@link LedgerAccount#poolOf}), which both versions hash, so the
 * postings written before pools existed keep their hash input and still verify. A posting whose stored pool
 * differs from the implied one gets a {@code pool} line, and so no longer hashes to what it stores.
 */
public record PostingContent(LedgerAccount account, long chainSeq, long entryId, EntryHeader entry, Money amount,
        Instant postedAt, int version) {

    /** The form new postings are written in. */
    public static final int CURRENT_VERSION = 2;

    private static final String VERSION_LINE = "unionaid-ledger-posting/v";

    /** A new posting of {@code entry}: posted when its entry was, in the current form. */
    public PostingContent(LedgerAccount account, long chainSeq, long entryId, EntryHeader entry, Money amount) {
        this(account, chainSeq, entryId, entry, amount, entry.postedAt(), CURRENT_VERSION);
    }

    /** A posting in the current form. */
    public PostingContent(LedgerAccount account, long chainSeq, long entryId, EntryHeader entry, Money amount,
            Instant postedAt) {
        this(account, chainSeq, entryId, entry, amount, postedAt, CURRENT_VERSION);
    }

    public PostingContent {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(postedAt, "postedAt");
        if (version < 1 || version > CURRENT_VERSION) {
            throw new IllegalArgumentException("no posting content version " + version);
        }
    }

    public String canonical() {
        StringBuilder text = new StringBuilder(400).append(VERSION_LINE).append(version).append('\n');
        field(text, "union", account.unionId());
        field(text, "seq", chainSeq);
        field(text, "entry", entryId);
        field(text, "kind", entry.kind());
        field(text, "document", entry.document());
        field(text, "campaign", entry.campaignId() == null ? "-" : entry.campaignId());
        field(text, "reverses", entry.reversesEntryId() == null ? "-" : entry.reversesEntryId());
        field(text, "postedBy", entry.postedBy());
        field(text, "entryPostedAt", epochMicros(entry.postedAt()));
        field(text, "account", account.kind());
        field(text, "source", account.source());
        field(text, "purpose", account.purpose());
        field(text, "amount", amount);
        field(text, "postedAt", epochMicros(postedAt));
        Long pool = LedgerAccount.poolOf(entry.campaignId(), account.purpose());
        if (!Objects.equals(account.campaignId(), pool)) {
            // R-FUND-01: the pool is implied by the entry's campaign and the purpose, both hashed above; a stored
            // pool other than that one is content the hash never covered, so such a posting cannot verify.
            field(text, "pool", account.campaignId() == null ? "-" : account.campaignId());
        }
        if (version >= 2 || entry.anchor() != null) {
            field(text, "anchor", entry.anchor() == null ? "-" : entry.anchor());
        }
        String memo = entry.memo();
        text.append("memo=").append(memo == null ? "-" : memo.getBytes(StandardCharsets.UTF_8).length + ":" + memo);
        return text.toString();
    }

    /** This posting's hash when it follows {@code previous} in its union's chain. */
    public ChainHash hashAfter(ChainHash previous) {
        MessageDigest sha256 = sha256();
        sha256.update(canonical().getBytes(StandardCharsets.UTF_8));
        sha256.update(previous.bytes());
        return ChainHash.of(sha256.digest());
    }

    private static void field(StringBuilder text, String name, Object value) {
        text.append(name).append('=').append(value).append('\n');
    }

    private static long epochMicros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package org.unionaid.persistence.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionaid.persistence.ledger.LedgerFixtures.allocation;
import static org.unionaid.persistence.ledger.LedgerFixtures.disbursement;
import static org.unionaid.persistence.ledger.LedgerFixtures.donation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionaid.domain.ledger.AnchorProblem;
import org.unionaid.domain.ledger.ChainHash;
import org.unionaid.domain.ledger.ChainHead;
import org.unionaid.domain.ledger.ChainLink;
import org.unionaid.domain.ledger.CheckpointReport;
import org.unionaid.domain.ledger.DocumentRef;
import org.unionaid.domain.ledger.EntryHeader;
import org.unionaid.domain.ledger.EntryKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.JournalEntry;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.ledger.LedgerAccount;
import org.unionaid.domain.ledger.LedgerCheck;
import org.unionaid.domain.ledger.LedgerCheckReport;
import org.unionaid.domain.ledger.LedgerCheckpointing;
import org.unionaid.domain.ledger.PostingContent;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.persistence.testsupport.PersistenceTest;

/**
 * Someone with the database superuser's password switches the triggers off and makes the ledger say what it
 * did not post: a balance edited, an entry that does not balance, a union's newest postings removed and its
 * head wound back. Each chain still verifies; the ledger check names what no longer fits. Every test rolls back.
 * Specifies R-LEDGER-04, R-LEDGER-05, R-LEDGER-06 and R-LEDGER-07 (docs/rules.md).
 */
@PersistenceTest
class LedgerCheckTamperingTest {

    private static final FundSource SOURCE = FundSource.PARTY_DUES;
    private static final FundPurpose PURPOSE = FundPurpose.CONDOLENCE;

    @Autowired
    Ledger ledger;

    @Autowired
    LedgerCheck check;

    @Autowired
    LedgerCheckpointing checkpoints;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entityManager;

    private long city;
    private long county;
    private long user;
    private JournalEntry allocation;

    /** The city receives and pays; the county receives its own money, then an allocation from the city. */
    @BeforeEach
    void aCityAndACountyWithAnAllocationBetweenThem() {
        var fixtures = new LedgerFixtures(organisations, jdbc);
        city = fixtures.union("市");
        county = fixtures.union("区");
        entityManager.flush();
        user = fixtures.user(city);
        ledger.post(donation(city, SOURCE, PURPOSE, "119000"), user);
        ledger.post(donation(county, SOURCE, PURPOSE, "300"), user);
        ledger.post(donation(county, SOURCE, PURPOSE, "200"), user);
        allocation = ledger.post(allocation(city, county, SOURCE, PURPOSE, "1000").anchoring(county), user);
        ledger.post(disbursement(county, SOURCE, PURPOSE, "50"), user);
    }

    @Test
    void anUntouchedLedgerPassesAndTheAllocationCarriesTheCountysHeadIntoTheCitysChain() {
        assertThat(check.check(city).passed()).isTrue();
        assertThat(check.check(county).passed()).isTrue();
        assertThat(allocation.header().anchor().seq()).isEqualTo(4);
        assertThat(jdbc.sql("select anchor_seq from ledger_entry where id = :e").param("e", allocation.id())
                .query(Long.class).single()).isEqualTo(4);
    }

    // R-LEDGER-04
    @Test
    void aBalanceEditedWithTheTriggersOffIsNamedWithItsStoredAndRecomputedAmount() {
        behindTheApplicationsBack("update ledger_balance set amount = 500000 where union_id = " + city
                + " and account_kind = 'AVAILABLE'");

        LedgerCheckReport report = check.check(city);

        assertThat(report.chain().intact()).isTrue();
        assertThat(report.passed()).isFalse();
        assertThat(report.balances()).singleElement().satisfies(difference -> {
            assertThat(difference.account()).isEqualTo(LedgerAccount.available(city, SOURCE, PURPOSE));
            assertThat(difference.maintained()).isEqualTo(Money.yuan("500000"));
            assertThat(difference.posted()).isEqualTo(Money.yuan("118000"));
        });
        assertThat(check.check(county).passed()).isTrue();
    }

    // R-LEDGER-05
    @Test
    void anUnbalancedEntryInsertedBehindTheApplicationsBackIsNamedThoughItsChainAndBalancesAgree() {
        long entry = jdbc.sql("select nextval('ledger_entry_seq')").query(Long.class).single();
        ChainHead head = jdbc.sql("select last_seq, last_hash from ledger_chain_head where union_id = :u")
                .param("u", city).query((rs, row) -> new ChainHead(city, rs.getLong(1), ChainHash.of(rs.getBytes(2))))
                .single();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        EntryHeader header = new EntryHeader(EntryKind.RECEIPT, new DocumentRef("fund_receipt", 999), null, "凭空",
                null, at, user);
        Money amount = Money.yuan("500");
        // Linked and hashed as the writer would: only the missing other side gives it away.
        ChainLink link = ChainLink.after(head.lastHash(),
                new PostingContent(LedgerAccount.available(city, SOURCE, PURPOSE), head.lastSeq() + 1, entry, header,
                        amount));
        behindTheApplicationsBack("insert into ledger_entry (id, kind, document_type, document_id, memo, posted_at, "
                + "posted_by) values (" + entry + ", 'RECEIPT', 'fund_receipt', 999, '凭空', '" + at + "', " + user + ")");
        behindTheApplicationsBack("insert into ledger_posting (entry_id, union_id, chain_seq, account_kind, fund_source, "
                + "purpose, amount, posted_at, prev_hash, hash, content_version) values (" + entry + ", " + city + ", "
                + link.content().chainSeq() + ", 'AVAILABLE', '" + SOURCE + "', '" + PURPOSE + "', 500, '" + at
                + "', decode('" + link.prevHash().hex() + "', 'hex'), decode('" + link.hash().hex() + "', 'hex'), 2)");
        behindTheApplicationsBack("update ledger_chain_head set last_seq = " + link.content().chainSeq()
                + ", last_hash = decode('" + link.hash().hex() + "', 'hex') where union_id = " + city);
        behindTheApplicationsBack("update ledger_balance set amount = amount + 500 where union_id = " + city
                + " and account_kind = 'AVAILABLE'");

        LedgerCheckReport report = check.check(city);

        assertThat(report.chain().intact()).isTrue();
        assertThat(report.balances()).isEmpty();
        assertThat(report.passed()).isFalse();
        assertThat(report.entries()).singleElement().satisfies(unbalanced -> {
            assertThat(unbalanced.entryId()).isEqualTo(entry);
            assertThat(unbalanced.postings()).isEqualTo(1);
            assertThat(unbalanced.sum()).isEqualTo(amount);
        });
    }

    // R-LEDGER-06
    @Test
    void theCountysTailCutBelowTheAnchoredHeadAndTheHeadWoundBackIsNamedByTheAnchorInTheCitysChain() {
        ChainHash anchored = hashAt(county, 4);

        // The county removes everything from its second donation on, winds its head back onto posting 2, and
        // puts its balances right: its own chain and balances agree again.
        cutBack(county, 2);
        LedgerCheckReport report = check.check(county);

        assertThat(report.chain().intact()).isTrue();
        assertThat(report.chain().postingsVerified()).isEqualTo(2);
        assertThat(report.balances()).isEmpty();
        assertThat(report.passed()).isFalse();
        assertThat(report.anchors()).singleElement().satisfies(mismatch -> {
            assertThat(mismatch.unionId()).isEqualTo(county);
            assertThat(mismatch.entryId()).isEqualTo(allocation.id());
            assertThat(mismatch.anchoredSeq()).isEqualTo(4);
            assertThat(mismatch.anchoredHash()).isEqualTo(anchored);
            assertThat(mismatch.found()).isNull();
            assertThat(mismatch.problem()).isEqualTo(AnchorProblem.COUNT_NOT_REACHED);
        });
    }

    // R-LEDGER-07
    @Test
    void aTailCutAfterTheLastAnchorIsNamedByTheCheckpointTakenBeforeIt() {
        Actor auditor = new Actor(user, "auditor", city, organisation(city).path(), EnumSet.of(Role.AUDITOR),
                "127.0.0.1");
        byte[] file = checkpoints.issue(auditor);
        ChainHash checkpointed = hashAt(county, 7);
        assertThat(checkpoints.verify(auditor, file).passed()).isTrue();

        // Only the payment after the allocation goes: the anchor still holds, so the county's own check passes.
        cutBack(county, 5);
        assertThat(check.check(county).passed()).isTrue();
        CheckpointReport report = checkpoints.verify(auditor, file);

        assertThat(report.passed()).isFalse();
        assertThat(report.mismatches()).singleElement().satisfies(mismatch -> {
            assertThat(mismatch.unionId()).isEqualTo(county);
            assertThat(report.unionName(mismatch.unionId())).isEqualTo(organisation(county).getName());
            assertThat(mismatch.anchoredSeq()).isEqualTo(7);
            assertThat(mismatch.anchoredHash()).isEqualTo(checkpointed);
            assertThat(mismatch.problem()).isEqualTo(AnchorProblem.COUNT_NOT_REACHED);
        });
    }

    /** Removes the union's postings after {@code seq}, winds its head back and recomputes its balances. */
    private void cutBack(long union, long seq) {
        behindTheApplicationsBack("delete from ledger_posting where union_id = " + union + " and chain_seq > " + seq);
        behindTheApplicationsBack("update ledger_chain_head set last_seq = " + seq + ", last_hash = (select hash from "
                + "ledger_posting where union_id = " + union + " and chain_seq = " + seq + ") where union_id = " + union);
        behindTheApplicationsBack("""
                update ledger_balance b set amount = coalesce((select sum(p.amount) from ledger_posting p
                 where p.union_id = b.union_id and p.account_kind = b.account_kind and p.fund_source = b.fund_source
                   and p.purpose = b.purpose), 0) where b.union_id = """ + union);
    }

    private ChainHash hashAt(long union, long seq) {
        return ChainHash.of(jdbc.sql("select hash from ledger_posting where union_id = :u and chain_seq = :s")
                .param("u", union).param("s", seq).query(byte[].class).single());
    }

    private Organisation organisation(long id) {
        return organisations.findById(id).orElseThrow();
    }

    /** As the database superuser would: with the triggers (append-only, balances, foreign keys) switched off. */
    private void behindTheApplicationsBack(String sql) {
        jdbc.sql("set local session_replication_role = replica").update();
        jdbc.sql(sql).update();
        jdbc.sql("set local session_replication_role = origin").update();
    }
}

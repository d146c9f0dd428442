package org.unionaid.persistence.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionaid.persistence.ledger.LedgerFixtures.allocation;
import static org.unionaid.persistence.ledger.LedgerFixtures.disbursement;
import static org.unionaid.persistence.ledger.LedgerFixtures.donation;

import java.util.HexFormat;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionaid.domain.ledger.ChainBreak;
import org.unionaid.domain.ledger.ChainProblem;
import org.unionaid.domain.ledger.ChainReport;
import org.unionaid.domain.ledger.ChainVerification;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.persistence.testsupport.PersistenceTest;

/**
 * Someone with the database superuser's password switches the append-only triggers off and edits
 * the ledger directly: the verifier names the first posting that no longer fits its chain. Every
 * test rolls back, so the tampering never leaves its transaction.
 * Specifies R-LEDGER-02 (docs/rules.md).
 */
@PersistenceTest
class ChainTamperingTest {

    private static final FundSource SOURCE = FundSource.PARTY_DUES;
    private static final FundPurpose PURPOSE = FundPurpose.CONDOLENCE;

    @Autowired
    Ledger ledger;

    @Autowired
    ChainVerification verification;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entityManager;

    private long city;

    /** Ten entries: nineteen postings on the city's chain, one on the county's. */
    @BeforeEach
    void aChainOfNineteenPostings() {
        var fixtures = new LedgerFixtures(organisations, jdbc);
        city = fixtures.union("市");
        long county = fixtures.union("区");
        entityManager.flush();
        long user = fixtures.user(city);
        for (int i = 0; i < 8; i++) {
            ledger.post(donation(city, SOURCE, PURPOSE, "100." + i), user);
        }
        ledger.post(allocation(city, county, SOURCE, PURPOSE, "50"), user);
        ledger.post(disbursement(city, SOURCE, PURPOSE, "20"), user);
    }

    @Test
    void anUntouchedChainVerifiesUpToTheHashItsHeadHolds() {
        ChainReport report = verification.verify(city);

        assertThat(report.intact()).isTrue();
        assertThat(report.postingsVerified()).isEqualTo(19);
        assertThat(report.headHash().bytes()).isEqualTo(jdbc.sql("select last_hash from ledger_chain_head where union_id = :u")
                .param("u", city).query(byte[].class).single());
    }

    @Test
    void anAmountChangedBehindTheApplicationsBackIsFoundAtThatPosting() {
        long tampered = postingAt(7);
        byte[] storedHash = hashAt(7);

        behindTheApplicationsBack("update ledger_posting set amount = amount + 1000 where id = " + tampered);
        ChainReport report = verification.verify(city);

        assertThat(report.intact()).isFalse();
        assertThat(report.postingsVerified()).isEqualTo(6);
        ChainBreak broken = report.firstBreak();
        assertThat(broken.problem()).isEqualTo(ChainProblem.CONTENT_ALTERED);
        assertThat(broken.chainSeq()).isEqualTo(7);
        assertThat(broken.postingId()).isEqualTo(tampered);
        assertThat(broken.stored()).isEqualTo(HexFormat.of().formatHex(storedHash));
        assertThat(broken.expected()).isNotEqualTo(broken.stored()).hasSize(64);
    }

    @Test
    void anEntryRewrittenBehindTheApplicationsBackIsFoundAtItsFirstPosting() {
        behindTheApplicationsBack("update ledger_entry set document_id = document_id + 1 where id = "
                + "(select entry_id from ledger_posting where union_id = " + city + " and chain_seq = 11)");

        ChainBreak broken = verification.verify(city).firstBreak();

        assertThat(broken.problem()).isEqualTo(ChainProblem.CONTENT_ALTERED);
        assertThat(broken.chainSeq()).isEqualTo(11);
        assertThat(broken.postingId()).isEqualTo(postingAt(11));
    }

    @Test
    void aPostingRemovedFromTheMiddleLeavesAGapWhereItWas() {
        long removed = postingAt(5);
        long next = postingAt(6);

        behindTheApplicationsBack("delete from ledger_posting where id = " + removed);
        ChainBreak broken = verification.verify(city).firstBreak();

        assertThat(broken.problem()).isEqualTo(ChainProblem.SEQUENCE_GAP);
        assertThat(broken.chainSeq()).isEqualTo(5);
        assertThat(broken.postingId()).isEqualTo(next);
        assertThat(broken.stored()).isEqualTo("6");
    }

    @Test
    void aPostingRemovedAndTheRestRenumberedNoLongerLinks() {
        String removedHash = HexFormat.of().formatHex(hashAt(5));
        behindTheApplicationsBack("delete from ledger_posting where id = " + postingAt(5));
        behindTheApplicationsBack("update ledger_posting set chain_seq = chain_seq - 1 where union_id = " + city
                + " and chain_seq > 5");

        ChainBreak broken = verification.verify(city).firstBreak();

        assertThat(broken.problem()).isEqualTo(ChainProblem.LINK_BROKEN);
        assertThat(broken.chainSeq()).isEqualTo(5);
        assertThat(broken.stored()).isEqualTo(removedHash);
        assertThat(broken.expected()).isEqualTo(HexFormat.of().formatHex(hashAt(4)));
    }

    @Test
    void postingsRemovedFromTheEndAreMissedByTheHead() {
        behindTheApplicationsBack("delete from ledger_posting where union_id = " + city + " and chain_seq >= 19");

        ChainReport report = verification.verify(city);

        assertThat(report.postingsVerified()).isEqualTo(18);
        assertThat(report.firstBreak().problem()).isEqualTo(ChainProblem.TAIL_MISSING);
        assertThat(report.firstBreak().chainSeq()).isEqualTo(19);
        assertThat(report.firstBreak().postingId()).isNull();
    }

    @Test
    void aBalanceEditedBehindTheApplicationsBackNoLongerMatchesThePostings() {
        behindTheApplicationsBack("update ledger_balance set amount = amount + 1 where union_id = " + city
                + " and account_kind = 'AVAILABLE'");

        assertThat(ledger.balanceDiscrepancies()).singleElement().satisfies(discrepancy -> {
            assertThat(discrepancy.account().unionId()).isEqualTo(city);
            assertThat(discrepancy.maintained().minus(discrepancy.posted()).toString()).isEqualTo("1.00");
        });
    }

    /** As the database superuser would: with the triggers (append-only, foreign keys) switched off. */
    private void behindTheApplicationsBack(String sql) {
        jdbc.sql("set local session_replication_role = replica").update();
        jdbc.sql(sql).update();
        jdbc.sql("set local session_replication_role = origin").update();
    }

    private long postingAt(long seq) {
        return jdbc.sql("select id from ledger_posting where union_id = :u and chain_seq = :seq")
                .param("u", city).param("seq", seq).query(Long.class).single();
    }

    private byte[] hashAt(long seq) {
        return jdbc.sql("select hash from ledger_posting where union_id = :u and chain_seq = :seq")
                .param("u", city).param("seq", seq).query(byte[].class).single();
    }
}

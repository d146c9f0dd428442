package org.unionaid.persistence.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.unionaid.persistence.ledger.LedgerFixtures.allocation;
import static org.unionaid.persistence.ledger.LedgerFixtures.disbursement;
import static org.unionaid.persistence.ledger.LedgerFixtures.donation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.Balance;
import org.unionaid.domain.ledger.ChainVerification;
import org.unionaid.domain.ledger.EntryKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.JournalEntry;
import org.unionaid.domain.ledger.JournalEntryDraft;
import org.unionaid.domain.ledger.JournalLine;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.ledger.LedgerAccount;
import org.unionaid.domain.ledger.Posting;
import org.unionaid.domain.ledger.PostingFilter;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.persistence.testsupport.PersistenceTest;

@PersistenceTest
class LedgerTest {

    private static final FundSource UNIT = FundSource.UNIT_DONATION;
    private static final FundPurpose LIVING = FundPurpose.LIVING;

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
    private long county;
    private long user;

    @BeforeEach
    void unionsAndUser() {
        var fixtures = new LedgerFixtures(organisations, jdbc);
        city = fixtures.union("市");
        county = fixtures.union("区");
        entityManager.flush();
        user = fixtures.user(city);
    }

    @Test
    void aDonationIsTwoPostingsOnTheUnionsChainAndItsBalances() {
        JournalEntry entry = ledger.post(donation(city, UNIT, LIVING, "1000.00").forCampaign(7), user);

        assertThat(entry.postings()).extracting(Posting::chainSeq).containsExactly(1L, 2L);
        assertThat(entry.postings().get(1).link().prevHash()).isEqualTo(entry.postings().get(0).link().hash());
        assertThat(ledger.balance(city, AccountKind.AVAILABLE, UNIT, LIVING)).isEqualTo(Money.yuan("1000"));
        assertThat(ledger.balance(city, AccountKind.RECEIVED, UNIT, LIVING)).isEqualTo(Money.yuan("-1000"));
        assertThat(ledger.entry(entry.id())).isEqualTo(entry);
        assertThat(ledger.entry(entry.id()).header().campaignId()).isEqualTo(7L);
        assertDatabaseAcceptsTheEntries();
    }

    @Test
    void anAllocationMovesAvailableMoneyBetweenTwoUnionsChains() {
        ledger.post(donation(city, UNIT, LIVING, "1000"), user);

        JournalEntry allocation = ledger.post(allocation(city, county, UNIT, LIVING, "300"), user);

        assertThat(allocation.postings()).extracting(p -> p.account().unionId(), Posting::chainSeq)
                .containsExactly(tuple(city, 3L), tuple(county, 1L));
        assertThat(ledger.balance(city, AccountKind.AVAILABLE, UNIT, LIVING)).isEqualTo(Money.yuan("700"));
        assertThat(ledger.balance(county, AccountKind.AVAILABLE, UNIT, LIVING)).isEqualTo(Money.yuan("300"));
        assertThat(verification.verify(city).intact()).isTrue();
        assertThat(verification.verify(county).postingsVerified()).isEqualTo(1);
        assertDatabaseAcceptsTheEntries();
    }

    @Test
    void anEntryThatDoesNotBalanceIsRefused() {
        assertThatThrownBy(() -> JournalEntryDraft.of(EntryKind.DONATION, LedgerFixtures.document("donation"), null,
                JournalLine.of(city, AccountKind.RECEIVED, UNIT, LIVING, Money.yuan("-100")),
                JournalLine.of(city, AccountKind.AVAILABLE, UNIT, LIVING, Money.yuan("100.01"))))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("ledger.entry.unbalanced");
                    assertThat(refusal.arguments()).containsExactly(Money.yuan("0.01"));
                });
        assertThatThrownBy(() -> JournalEntryDraft.of(EntryKind.DONATION, LedgerFixtures.document("donation"), null,
                JournalLine.of(city, AccountKind.AVAILABLE, UNIT, LIVING, Money.yuan("100"))))
                .isInstanceOfSatisfying(DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("ledger.entry.tooFewLines"));
    }

    @Test
    void postgresRefusesToCommitAnEntryThatDoesNotBalance() {
        long entry = jdbc.sql("""
                insert into ledger_entry (kind, document_type, document_id, posted_at, posted_by)
                values ('DONATION', 'donation', 1, now(), :user) returning id
                """).param("user", user).query(Long.class).single();
        jdbc.sql("""
                insert into ledger_posting (entry_id, union_id, chain_seq, account_kind, fund_source, purpose, amount,
                                            posted_at, prev_hash, hash, content_version)
                values (:entry, :union, 1, 'AVAILABLE', 'UNIT_DONATION', 'LIVING', 100, now(),
                        decode(repeat('00', 32), 'hex'), decode(repeat('11', 32), 'hex'), 2)
                """).param("entry", entry).param("union", city).update();

        // What COMMIT would do: run the deferred checks.
        assertThatThrownBy(() -> jdbc.sql("set constraints all immediate").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("does not balance");
    }

    // R-FUND-01
    @Test
    void moneyIsHeldPerCampaignAndPostgresKeepsEveryPostingInThePoolItsEntryImplies() {
        ledger.post(donation(city, UNIT, LIVING, "1000").forCampaign(7), user);

        assertThat(ledger.balance(city, 7L, AccountKind.AVAILABLE, UNIT, LIVING)).isEqualTo(Money.yuan("1000"));
        assertThat(ledger.balance(city, 8L, AccountKind.AVAILABLE, UNIT, LIVING)).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> ledger.post(disbursement(city, UNIT, LIVING, "1").forCampaign(8), user))
                .hasMessage("ledger.insufficientBalance");
        long entry = jdbc.sql("""
                insert into ledger_entry (kind, document_type, document_id, campaign_id, posted_at, posted_by)
                values ('DISBURSEMENT', 'batch', 1, 8, now(), :user) returning id
                """).param("user", user).query(Long.class).single();
        // Campaign 8's payment taking campaign 7's money, written past the application: refused by the trigger.
        assertThatThrownBy(() -> jdbc.sql("""
                insert into ledger_posting (entry_id, union_id, chain_seq, account_kind, fund_source, purpose, amount,
                                            posted_at, prev_hash, hash, content_version, campaign_id)
                values (:entry, :union, 3, 'AVAILABLE', 'UNIT_DONATION', 'LIVING', -10, now(),
                        decode(repeat('00', 32), 'hex'), decode(repeat('11', 32), 'hex'), 2, 7),
                       (:entry, :union, 4, 'DISBURSED', 'UNIT_DONATION', 'LIVING', 10, now(),
                        decode(repeat('11', 32), 'hex'), decode(repeat('22', 32), 'hex'), 2, 7)
                """).param("entry", entry).param("union", city).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("R-FUND-01");
    }

    @Test
    void requireAvailableRefusesMoreThanTheBalanceAndNamesTheBalance() {
        ledger.post(donation(city, UNIT, LIVING, "500"), user);

        assertThat(ledger.requireAvailable(city, null, UNIT, LIVING, Money.yuan("500"))).isEqualTo(Money.yuan("500"));
        assertThatThrownBy(() -> ledger.requireAvailable(city, null, UNIT, LIVING, Money.yuan("500.01")))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("ledger.insufficientBalance");
                    assertThat(refusal.arguments()).containsExactly(Money.yuan("500"));
                });
        // Another source or purpose is other money.
        assertThatThrownBy(() -> ledger.requireAvailable(city, null, UNIT, FundPurpose.MEDICAL, Money.yuan("1")))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void anEntryThatWouldOverdrawAnAccountIsRefusedAndNothingIsWritten() {
        ledger.post(donation(city, UNIT, LIVING, "500"), user);

        assertThatThrownBy(() -> ledger.post(disbursement(city, UNIT, LIVING, "500.01"), user))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("ledger.insufficientBalance");
                    assertThat(refusal.arguments()).containsExactly(Money.yuan("500"));
                });
        assertThat(ledger.postings(city, PostingFilter.ALL, PageRequest.of(0, 10)).getTotalElements()).isEqualTo(2);
    }

    @Test
    void aReversalRestoresTheBalancesAndCitesTheOriginal() {
        ledger.post(donation(city, UNIT, LIVING, "1000"), user);
        JournalEntry allocation = ledger.post(allocation(city, county, UNIT, LIVING, "400"), user);

        JournalEntry reversal = ledger.reverse(allocation.id(), "下拨金额填错", user);

        assertThat(reversal.kind()).isEqualTo(EntryKind.REVERSAL);
        assertThat(reversal.header().reversesEntryId()).isEqualTo(allocation.id());
        assertThat(reversal.header().document()).isEqualTo(allocation.header().document());
        assertThat(reversal.lines()).extracting(JournalLine::amount)
                .containsExactly(Money.yuan("400"), Money.yuan("-400"));
        assertThat(ledger.balance(city, AccountKind.AVAILABLE, UNIT, LIVING)).isEqualTo(Money.yuan("1000"));
        assertThat(ledger.balance(county, AccountKind.AVAILABLE, UNIT, LIVING)).isEqualTo(Money.ZERO);
        assertThat(ledger.balancesMatchPostings()).isTrue();
        assertDatabaseAcceptsTheEntries();
    }

    @Test
    void anEntryIsReversedOnceOnlyAndAReversalNotAtAll() {
        JournalEntry donation = ledger.post(donation(city, UNIT, LIVING, "1000"), user);
        JournalEntry reversal = ledger.reverse(donation.id(), "重复登记", user);

        assertThatThrownBy(() -> ledger.reverse(donation.id(), "再冲一次", user))
                .isInstanceOfSatisfying(DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("ledger.reversal.already"));
        assertThatThrownBy(() -> ledger.reverse(reversal.id(), "冲销冲销", user))
                .isInstanceOfSatisfying(DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("ledger.reversal.ofReversal"));
    }

    @Test
    void postgresRefusesASecondReversalOfOneEntry() {
        JournalEntry donation = ledger.post(donation(city, UNIT, LIVING, "1000"), user);
        ledger.reverse(donation.id(), "重复登记", user);

        assertThatThrownBy(() -> jdbc.sql("""
                insert into ledger_entry (kind, document_type, document_id, reverses_entry_id, posted_at, posted_by)
                values ('REVERSAL', 'donation', 1, :original, now(), :user)
                """).param("original", donation.id()).param("user", user).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("ledger_entry_reversed_once_idx");
    }

    @Test
    void aReversalThatWouldOverdrawIsRefused() {
        JournalEntry donation = ledger.post(donation(city, UNIT, LIVING, "1000"), user);
        ledger.post(disbursement(city, UNIT, LIVING, "600"), user);

        assertThatThrownBy(() -> ledger.reverse(donation.id(), "捐款退回", user))
                .isInstanceOfSatisfying(DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("ledger.insufficientBalance"));
    }

    @Test
    void balancesAreListedBySourceAndPurposeAndPostingsFilteredNewestFirst() {
        ledger.post(donation(city, UNIT, LIVING, "1000"), user);
        ledger.post(donation(city, FundSource.PARTY_DUES, FundPurpose.CONDOLENCE, "200"), user);
        ledger.post(disbursement(city, UNIT, LIVING, "150"), user);

        assertThat(ledger.balances(city)).extracting(Balance::account, Balance::amount).containsExactly(
                tuple(LedgerAccount.available(city, FundSource.PARTY_DUES, FundPurpose.CONDOLENCE),
                        Money.yuan("200")),
                tuple(LedgerAccount.available(city, UNIT, LIVING), Money.yuan("850")),
                tuple(new LedgerAccount(city, AccountKind.DISBURSED, UNIT, LIVING), Money.yuan("150")),
                tuple(new LedgerAccount(city, AccountKind.RECEIVED, FundSource.PARTY_DUES,
                        FundPurpose.CONDOLENCE), Money.yuan("-200")),
                tuple(new LedgerAccount(city, AccountKind.RECEIVED, UNIT, LIVING), Money.yuan("-1000")));

        var unitMoney = ledger.postings(city, new PostingFilter(UNIT, null, null, null, null), PageRequest.of(0, 3));
        assertThat(unitMoney.getTotalElements()).isEqualTo(4);
        assertThat(unitMoney.getContent()).extracting(Posting::chainSeq).containsExactly(6L, 5L, 2L);
        assertThat(ledger.postings(city, new PostingFilter(null, FundPurpose.CONDOLENCE, null, null, null),
                PageRequest.of(0, 10)).getContent()).extracting(Posting::chainSeq).containsExactly(4L, 3L);
        assertThat(ledger.postings(city, new PostingFilter(null, null, EntryKind.DISBURSEMENT, null, null),
                PageRequest.of(0, 10)).getContent()).extracting(Posting::amount)
                .containsExactly(Money.yuan("150"), Money.yuan("-150"));
        Instant now = Instant.now();
        assertThat(ledger.postings(city, new PostingFilter(null, null, null, now.minus(1, ChronoUnit.HOURS), now
                .plus(1, ChronoUnit.HOURS)), PageRequest.of(0, 10)).getTotalElements()).isEqualTo(6);
        assertThat(ledger.postings(city, new PostingFilter(null, null, null, now.plus(1, ChronoUnit.HOURS), null),
                PageRequest.of(0, 10)).getTotalElements()).isZero();
    }

    @Test
    void aPostingLeadsToItsEntryAndDocument() {
        JournalEntry donation = ledger.post(donation(city, UNIT, LIVING, "1000"), user);
        Posting posting = ledger.postings(city, PostingFilter.ALL, PageRequest.of(0, 1)).getContent().get(0);

        JournalEntry behind = ledger.entryOfPosting(posting.id());

        assertThat(behind.id()).isEqualTo(donation.id());
        assertThat(behind.header().document()).isEqualTo(donation.header().document());
        assertThat(behind.lines()).isEqualTo(donation.lines());
    }

    /** Runs what COMMIT would run: PostgreSQL's deferred double-entry checks. */
    private void assertDatabaseAcceptsTheEntries() {
        jdbc.sql("set constraints all immediate").update();
        jdbc.sql("set constraints all deferred").update();
    }
}

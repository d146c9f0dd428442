package org.unionaid.persistence.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionaid.persistence.ledger.LedgerFixtures.allocation;
import static org.unionaid.persistence.ledger.LedgerFixtures.disbursement;
import static org.unionaid.persistence.ledger.LedgerFixtures.donation;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionaid.domain.ledger.BalanceRow;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.ledger.LedgerReadings;
import org.unionaid.domain.ledger.Posting;
import org.unionaid.domain.ledger.PostingFilter;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.organisation.TreeFixtures;
import org.unionaid.persistence.testsupport.PersistenceTest;

/** The subtree's money by source over the path range, and export pages that postings appended later do not shift. */
@PersistenceTest
class LedgerReadingsTest {

    private static final FundSource UNIT = FundSource.UNIT_DONATION;
    private static final FundPurpose LIVING = FundPurpose.LIVING;

    @Autowired
    Ledger ledger;

    @Autowired
    LedgerReadings readings;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entityManager;

    private Organisation city;
    private Organisation county;

    /** A city with two counties; the first county has a base union below it. */
    @BeforeEach
    void moneyAllOverATree() {
        TreeFixtures tree = new TreeFixtures(organisations);
        city = tree.root("市", OrganisationType.CITY, "330100");
        county = tree.child(city, "区", OrganisationType.COUNTY, "330106");
        Organisation base = tree.child(county, "公司", OrganisationType.BASE, "330106");
        Organisation sibling = tree.child(city, "邻区", OrganisationType.COUNTY, "330106");
        entityManager.flush();
        long user = new LedgerFixtures(organisations, jdbc).user(city.getId());
        ledger.post(donation(county.getId(), UNIT, LIVING, "1000"), user);
        ledger.post(allocation(county.getId(), base.getId(), UNIT, LIVING, "300"), user);
        ledger.post(disbursement(base.getId(), UNIT, LIVING, "100"), user);
        ledger.post(donation(county.getId(), FundSource.PARTY_DUES, FundPurpose.MEDICAL, "50"), user);
        ledger.post(donation(sibling.getId(), UNIT, FundPurpose.MEDICAL, "5000"), user);
    }

    @Test
    void aSubtreeSumsItsUnionsPerSourceAndLeavesTheSiblingOut() {
        assertThat(readings.subtreeBalances(county.path())).containsExactlyInAnyOrder(
                new BalanceRow(UNIT, null, Money.yuan("900"), Money.ZERO, Money.yuan("100")),
                new BalanceRow(FundSource.PARTY_DUES, null, Money.yuan("50"), Money.ZERO, Money.ZERO));
        assertThat(readings.subtreeBalances(city.path())).containsExactlyInAnyOrder(
                new BalanceRow(UNIT, null, Money.yuan("5900"), Money.ZERO, Money.yuan("100")),
                new BalanceRow(FundSource.PARTY_DUES, null, Money.yuan("50"), Money.ZERO, Money.ZERO));
    }

    @Test
    void exportPagesGoDownTheChainBelowTheLastSequenceSeen() {
        long union = county.getId();

        assertThat(readings.postingsBelow(union, PostingFilter.ALL, Long.MAX_VALUE, 2))
                .extracting(Posting::chainSeq).containsExactly(5L, 4L);
        assertThat(readings.postingsBelow(union, PostingFilter.ALL, 4, 2))
                .extracting(Posting::chainSeq).containsExactly(3L, 2L);
        assertThat(readings.postingsBelow(union, new PostingFilter(UNIT, null, null, null, null), Long.MAX_VALUE, 10))
                .extracting(Posting::chainSeq).containsExactly(3L, 2L, 1L);
    }
}

package org.unionaid.web.disbursement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.campaign.CampaignDraft;
import org.unionaid.domain.disbursement.Batch;
import org.unionaid.domain.disbursement.Disbursement;
import org.unionaid.domain.disbursement.PaymentMethod;
import org.unionaid.domain.funds.FundIntake;
import org.unionaid.domain.funds.ReceiptDraft;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Twenty approvers pressing the button on the same batch at once: committed data, real threads. It uses a
 * campaign and a source (党费) of its own, so that what it leaves behind changes no other test's figures.
 * Specifies R-PAY-09 (docs/rules.md).
 */
@WebIntegrationTest
class ConcurrentApprovalTest {

    @Autowired
    Disbursement disbursement;

    @Autowired
    CampaignAdministration campaigns;

    @Autowired
    FundIntake intake;

    @Autowired
    ApprovedFiles files;

    @Autowired
    Ledger ledger;

    @Autowired
    DemoUsers demo;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Clock clock;

    @Test
    void aBatchApprovedByTwentyAtOnceIsApprovedAndCommittedOnce() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long district = demo.organisationId("ZJ-HZ-XH");
        Batch batch = transaction.execute(status -> {
            Campaign campaign = campaigns.create(demo.actor("approver"), new CampaignDraft("并发" + UUID.randomUUID(),
                    today.getYear(), today.minusDays(1), today.plusDays(30), today.plusDays(40), null,
                    Map.of(HardshipCategory.DEEP, Map.of(FundPurpose.EMPLOYMENT, "800")),
                    Map.of(FundPurpose.EMPLOYMENT, EnumSet.of(FundSource.PARTY_DUES))));
            intake.record(demo.actor("finance"), new ReceiptDraft(campaign.id(), FundSource.PARTY_DUES,
                    FundPurpose.EMPLOYMENT, "100000", today, "DF-" + campaign.id(), null, null, null));
            files.approvedWithCard("并发甲" + campaign.id(), FileLevel.COUNTY);
            Batch created = disbursement.create(demo.actor("finance"), campaign.id(), FundSource.PARTY_DUES,
                    FundPurpose.EMPLOYMENT, PaymentMethod.BANK_TRANSFER, null);
            disbursement.fill(demo.actor("finance"), created.id(), HardshipCategory.DEEP, null);
            return disbursement.view(demo.actor("finance"), created.id());
        });
        Money committedBefore = ledger.balance(district, AccountKind.COMMITTED, FundSource.PARTY_DUES,
                FundPurpose.EMPLOYMENT);
        int approvers = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(approvers);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < approvers; i++) {
                Callable<String> approve = () -> {
                    start.await();
                    try {
                        disbursement.approve(demo.actor("approver"), batch.id());
                        return "approved";
                    } catch (DomainException refusal) {
                        return refusal.messageKey();
                    }
                };
                outcomes.add(pool.submit(approve));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }

            assertThat(results).containsOnlyOnce("approved");
            assertThat(results).filteredOn(r -> !r.equals("approved")).containsOnly("payment.approve.notDraft");
        } finally {
            pool.shutdownNow();
        }
        assertThat(ledger.balance(district, AccountKind.COMMITTED, FundSource.PARTY_DUES, FundPurpose.EMPLOYMENT))
                .isEqualTo(committedBefore.plus(batch.total()));
        assertThat(ledger.balancesMatchPostings()).isTrue();
    }
}

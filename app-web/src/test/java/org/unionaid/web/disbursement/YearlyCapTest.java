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
import org.unionaid.domain.disbursement.LineRefusal;
import org.unionaid.domain.disbursement.PaymentMethod;
import org.unionaid.domain.funds.FundIntake;
import org.unionaid.domain.funds.ReceiptDraft;
import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.hardship.FileEntry;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.Hardship;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipCause;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.Need;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.notice.FileApproval;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.NationalTree;
import org.unionaid.web.support.TestCards;
import org.unionaid.web.support.TestIds;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Central living aid is capped at twelve months of the household's 低保 a calendar year, over every campaign,
 * batch and union that pays it (R-PAY-08) — also when two batches of two campaigns are approved at the same
 * moment. Committed data in a national tree of its own: only a national union confirms the 全国级 level central
 * money asks for.
 */
@WebIntegrationTest
class YearlyCapTest {

    @Autowired
    NationalTree trees;

    @Autowired
    ApprovedFiles journey;

    @Autowired
    FileApproval approval;

    @Autowired
    CampaignAdministration campaigns;

    @Autowired
    FundIntake intake;

    @Autowired
    Disbursement disbursement;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Clock clock;

    /** A one-person household confirmed at national level: its cap is 12 × 1,250 = 15,000 a year. */
    private HardshipFile nationalHousehold(NationalTree.People people) {
        return transaction.execute(status -> {
            HardshipFile file = journey.approved(new FileEntry(people.base().getId(), "封顶甲", TestIds.next(),
                    List.of(), ApprovedFiles.BELOW_THE_LINE, new FileEntry.BankEntry(Bank.ICBC, TestCards.next(),
                            "封顶甲"), new Hardship(EnumSet.of(HardshipCause.DISABILITY), HardshipCause.DISABILITY,
                                    EnumSet.of(Need.LIVING), FileLevel.NATIONAL)), people.crew());
            approval.confirmLevel(people.nationalApprover(), file.getId());
            return file;
        });
    }

    /** A campaign of the county paying 10,000 of central living aid to deep-hardship households, funded. */
    private Batch tenThousandIn(NationalTree.People people, String name) {
        LocalDate today = LocalDate.now(clock);
        return transaction.execute(status -> {
            Campaign campaign = campaigns.create(people.crew().approver(), new CampaignDraft(name + UUID.randomUUID(),
                    today.getYear(), today.minusDays(3), today.plusDays(60), today.plusDays(70), null,
                    Map.of(HardshipCategory.DEEP, Map.of(FundPurpose.LIVING, "10000")),
                    Map.of(FundPurpose.LIVING, EnumSet.of(FundSource.CENTRAL_SPECIAL))));
            intake.record(people.finance(), new ReceiptDraft(campaign.id(), FundSource.CENTRAL_SPECIAL,
                    FundPurpose.LIVING, "50000", today, "CZ-" + campaign.id(), null, null, null));
            Batch batch = disbursement.create(people.finance(), campaign.id(), FundSource.CENTRAL_SPECIAL,
                    FundPurpose.LIVING, PaymentMethod.BANK_TRANSFER, null);
            Disbursement.FillReport report = disbursement.fill(people.finance(), batch.id(), HardshipCategory.DEEP,
                    null);
            assertThat(report.refused()).isEmpty();
            assertThat(report.added()).isEqualTo(1);
            return batch;
        });
    }

    @Test
    void aSecondCampaignsBatchIsRefusedWhenTogetherTheyPassTheYearlyCap() {
        // R-PAY-08
        NationalTree.People people = trees.plant();
        nationalHousehold(people);
        Batch first = tenThousandIn(people, "首批");
        Batch second = tenThousandIn(people, "次批");
        transaction.executeWithoutResult(s -> disbursement.approve(people.crew().approver(), first.id()));

        var problems = transaction.execute(s -> disbursement.problems(people.crew().approver(), second.id()));

        assertThat(problems.values()).extracting(LineRefusal::messageKey).containsExactly("payment.refused.aboveCap");
        assertThat(problems.values().iterator().next().arguments()).extracting(Object::toString)
                .containsExactly("15000.00", "10000.00");
    }

    @Test
    void twoCampaignsBatchesApprovedAtTheSameMomentDoNotTogetherPassTheCap() throws Exception {
        // R-PAY-08, under concurrency: each batch alone is within the cap, both together are not.
        NationalTree.People people = trees.plant();
        nationalHousehold(people);
        List<Batch> batches = List.of(tenThousandIn(people, "并发甲"), tenThousandIn(people, "并发乙"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (Batch batch : batches) {
                Callable<String> approve = () -> {
                    start.await();
                    try {
                        transaction.executeWithoutResult(s -> disbursement.approve(people.crew().approver(),
                                batch.id()));
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
            assertThat(results).containsExactlyInAnyOrder("approved", "payment.approve.linesRefused");
        } finally {
            pool.shutdownNow();
        }
    }
}

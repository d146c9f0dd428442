package org.unionaid.web.disbursement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.campaign.CampaignDraft;
import org.unionaid.domain.disbursement.Batch;
import org.unionaid.domain.disbursement.BatchLine;
import org.unionaid.domain.disbursement.Disbursement;
import org.unionaid.domain.disbursement.LineRefusal;
import org.unionaid.domain.disbursement.PaymentMethod;
import org.unionaid.domain.funds.FundIntake;
import org.unionaid.domain.funds.ReceiptDraft;
import org.unionaid.domain.hardship.ExitReason;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

/** Batches of the district (西湖区) paying households of the tea company's union, on the real ledger. */
@WebIntegrationTest
@Transactional
class DisbursementTest {

    @Autowired
    Disbursement disbursement;

    @Autowired
    CampaignAdministration campaigns;

    @Autowired
    FundIntake intake;

    @Autowired
    FileRegistration registration;

    @Autowired
    ApprovedFiles files;

    @Autowired
    Ledger ledger;

    @Autowired
    DemoUsers demo;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    private Actor finance;
    private long district;
    private Campaign campaign;

    @BeforeEach
    void aCampaignWithMoney() {
        finance = demo.actor("finance");
        district = demo.organisationId("ZJ-HZ-XH");
        LocalDate today = LocalDate.now(clock);
        campaign = campaigns.create(demo.actor("approver"), new CampaignDraft("发放" + UUID.randomUUID(), today.getYear(),
                today.minusDays(5), today.plusDays(60), today.plusDays(70), null,
                Map.of(HardshipCategory.DEEP, Map.of(FundPurpose.CONDOLENCE, "2000", FundPurpose.LIVING, "20000")),
                Map.of(FundPurpose.CONDOLENCE, EnumSet.of(FundSource.OWN_UNION_FUNDS, FundSource.PARTY_DUES),
                        FundPurpose.LIVING, EnumSet.of(FundSource.CENTRAL_SPECIAL))));
        intake.record(finance, new ReceiptDraft(campaign.id(), FundSource.CENTRAL_SPECIAL, FundPurpose.LIVING,
                "1000000", today, "CZ-" + campaign.id(), null, null, null));
    }

    private void fund(String amount) {
        intake.record(finance, new ReceiptDraft(campaign.id(), FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE,
                amount, LocalDate.now(clock), "GF-" + UUID.randomUUID().toString().substring(0, 8), null, null, null));
    }

    private Batch condolenceBatch() {
        return disbursement.create(finance, campaign.id(), FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE,
                PaymentMethod.BANK_TRANSFER, null);
    }

    private static String reasonFor(Disbursement.FillReport report, HardshipFile file) {
        return report.refused().stream().filter(r -> r.fileId() == file.getId()).map(LineRefusal::messageKey)
                .findFirst().orElse(null);
    }

    // R-PAY-03, R-PAY-04, R-LEVEL-01
    // R-PAY-09, R-MC-01
    @Test
    void fillingABatchTakesEachPayableHouseholdAtTheStandardAndSaysWhyOthersAreLeftOut() {
        HardshipFile payable = files.approvedWithCard("发放甲", FileLevel.COUNTY);
        HardshipFile noCard = files.approved("发放乙");
        HardshipFile exited = files.approvedWithCard("发放丙", FileLevel.COUNTY);
        registration.exit(demo.actor("approver"), exited.getId(), ExitReason.INCOME_ABOVE_LINE, "收入已稳定");
        Batch batch = condolenceBatch();

        Disbursement.FillReport report = disbursement.fill(finance, batch.id(), HardshipCategory.DEEP, null);

        List<BatchLine> lines = disbursement.lines(finance, batch.id());
        assertThat(lines).filteredOn(l -> l.fileId() == payable.getId()).singleElement()
                .satisfies(line -> assertThat(line.amount()).isEqualTo(Money.yuan("2000")));
        assertThat(reasonFor(report, noCard)).isEqualTo("payment.refused.noBankAccount");
        assertThat(lines).extracting(BatchLine::fileId).doesNotContain(exited.getId());

        Disbursement.FillReport second = disbursement.fill(finance, condolenceBatch().id(), HardshipCategory.DEEP, null);
        // R-PAY-06: still waiting in the first batch, and the refusal says which batch.
        LineRefusal waiting = second.refused().stream().filter(r -> r.fileId() == payable.getId()).findFirst()
                .orElseThrow();
        assertThat(waiting.messageKey()).isEqualTo("payment.refused.inOtherBatch");
        assertThat(waiting.arguments()).containsExactly(String.valueOf(batch.id()));
    }

    @Test
    void fillingForOneUnionTakesOnlyThatUnionsHouseholds() {
        HardshipFile teaCompany = files.approvedWithCard("茶厂职工", FileLevel.COUNTY);
        long tea = demo.organisationId("ZJ-HZ-XH-LJ");
        long campus = demo.organisationId("ZJ-HZ-XH-HQ");

        Batch campusBatch = condolenceBatch();
        disbursement.fill(finance, campusBatch.id(), HardshipCategory.DEEP, campus);
        Batch teaBatch = condolenceBatch();
        disbursement.fill(finance, teaBatch.id(), HardshipCategory.DEEP, tea);

        assertThat(unionsPaidBy(campusBatch)).doesNotContain(tea);
        assertThat(unionsPaidBy(teaBatch)).containsOnly(tea);
        assertThat(disbursement.lines(finance, teaBatch.id())).extracting(BatchLine::fileId)
                .contains(teaCompany.getId());
        assertThatThrownBy(() -> disbursement.fill(finance, condolenceBatch().id(), HardshipCategory.DEEP,
                demo.organisationId("ZJ-HZ"))).isInstanceOf(OutsideScopeException.class);
    }

    private List<Long> unionsPaidBy(Batch batch) {
        return jdbc.sql("""
                select f.organisation_id from disbursement_line l join hardship_file f on f.id = l.file_id
                 where l.batch_id = :batch
                """).param("batch", batch.id()).query(Long.class).list();
    }

    @Test
    void centralMoneyGoesByBankAndOnlyToFilesConfirmedAtNationalLevel() {
        HardshipFile national = files.approvedWithCard("中央甲", FileLevel.NATIONAL);
        HardshipFile county = files.approvedWithCard("中央乙", FileLevel.COUNTY);
        assertThatThrownBy(() -> disbursement.create(finance, campaign.id(), FundSource.CENTRAL_SPECIAL,
                FundPurpose.LIVING, PaymentMethod.CASH, null)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("payment.refused.financeNotCashOrGoods"));
        Batch batch = disbursement.create(finance, campaign.id(), FundSource.CENTRAL_SPECIAL, FundPurpose.LIVING,
                PaymentMethod.BANK_TRANSFER, null);

        Disbursement.FillReport report = disbursement.fill(finance, batch.id(), HardshipCategory.DEEP, null);

        assertThat(reasonFor(report, county)).isEqualTo("payment.refused.levelNotNational");
        // The clerk proposed 全国级; the district's approver confirmed it as far as a district reaches (区县级), and
        // this province-topped tree has no national union to confirm the rest: central money stays out (R-LEVEL-01).
        // Its cap is specified in PaymentRulesTest.
        assertThat(reasonFor(report, national)).isEqualTo("payment.refused.levelNotConfirmed");
    }

    @Test
    void approvalRechecksEveryLineRefusesTheMakerAndAShortBalanceAndCommitsTheMoney() {
        HardshipFile first = files.approvedWithCard("审批甲", FileLevel.COUNTY);
        HardshipFile second = files.approvedWithCard("审批乙", FileLevel.COUNTY);
        Batch batch = condolenceBatch();
        disbursement.fill(finance, batch.id(), HardshipCategory.DEEP, null);
        BatchLine line = disbursement.lines(finance, batch.id()).stream().filter(l -> l.fileId() == first.getId())
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> disbursement.editLine(finance, line.id(), "2000.01", "多发一分"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("payment.refused.aboveStandard"));
        disbursement.editLine(finance, line.id(), "1500", "已领取部分实物");
        disbursement.lines(finance, batch.id()).stream().filter(l -> l.fileId() != first.getId()
                && l.fileId() != second.getId()).forEach(l -> disbursement.removeLine(finance, l.id()));

        assertThatThrownBy(() -> disbursement.approve(demo.actor("finance", Role.FINANCE, Role.APPROVER), batch.id()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("payment.approve.makerChecker"));
        registration.exit(demo.actor("approver"), second.getId(), ExitReason.INCOME_ABOVE_LINE, "再就业");
        assertThat(disbursement.problems(demo.actor("approver"), batch.id()).values())
                .extracting(LineRefusal::messageKey).containsExactly("payment.refused.exited");
        assertThatThrownBy(() -> disbursement.approve(demo.actor("approver"), batch.id()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("payment.approve.linesRefused"));
        disbursement.lines(finance, batch.id()).stream().filter(l -> l.fileId() == second.getId())
                .forEach(l -> disbursement.removeLine(finance, l.id()));
        fund("1500");
        Money before = ledger.balance(district, AccountKind.AVAILABLE, FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE);
        Money committedBefore = ledger.balance(district, AccountKind.COMMITTED, FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE);

        Batch approved = disbursement.approve(demo.actor("approver"), batch.id());

        assertThat(approved.status()).isEqualTo(Batch.Status.APPROVED);
        assertThat(ledger.balance(district, AccountKind.AVAILABLE, FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE))
                .isEqualTo(before.minus(Money.yuan("1500")));
        assertThat(ledger.balance(district, AccountKind.COMMITTED, FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE))
                .isEqualTo(committedBefore.plus(Money.yuan("1500")));
        assertThatThrownBy(() -> disbursement.approve(demo.actor("approver"), batch.id()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("payment.approve.notDraft"));
        assertThatThrownBy(() -> disbursement.view(demo.actor("yuhang.admin"), batch.id()))
                .isInstanceOf(OutsideScopeException.class);
    }

    @Test
    void aBatchLargerThanTheMoneyAvailableIsNotApproved() {
        files.approvedWithCard("余额甲", FileLevel.COUNTY);
        Money before = ledger.balance(district, AccountKind.AVAILABLE, FundSource.PARTY_DUES, FundPurpose.CONDOLENCE);
        intake.record(finance, new ReceiptDraft(campaign.id(), FundSource.PARTY_DUES, FundPurpose.CONDOLENCE, "1000",
                LocalDate.now(clock), "DF-" + campaign.id(), null, null, null));
        Batch batch = disbursement.create(finance, campaign.id(), FundSource.PARTY_DUES, FundPurpose.CONDOLENCE,
                PaymentMethod.BANK_TRANSFER, null);
        disbursement.fill(finance, batch.id(), HardshipCategory.DEEP, null);
        assertThat(disbursement.view(finance, batch.id()).total()).isGreaterThan(Money.yuan("1000"));

        assertThatThrownBy(() -> disbursement.approve(demo.actor("approver"), batch.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("ledger.insufficientBalance");
                    assertThat(e.arguments()).containsExactly(before.plus(Money.yuan("1000")));
                });
    }

    @Test
    void aFileCancelledAfterItWasListedIsNamedAtApproval() {
        HardshipFile file = files.approvedWithCard("注销甲", FileLevel.COUNTY);
        Batch batch = condolenceBatch();
        disbursement.fill(finance, batch.id(), HardshipCategory.DEEP, null);

        registration.cancel(demo.actor("approver"), file.getId(), "重复建档");

        assertThat(disbursement.problems(demo.actor("approver"), batch.id()).values())
                .filteredOn(problem -> problem.fileId() == file.getId())
                .extracting(LineRefusal::messageKey).containsExactly("payment.refused.cancelled");
    }

    @Test
    void aBatchFillsBeyondFiveThousandLinesWithEveryRuleAppliedOnEveryPage() {
        HardshipFile template = files.approvedWithCard("大批模板", FileLevel.COUNTY);
        int copies = 5_600;
        // Copies of one approved file, each its own worker holding the card, except every 997th whose card is
        // held by someone else: refusals fall on several pages of the fill. Each copy's card has a blind index of
        // its own: copies sharing one card would each be refused payment (R-CARD-02).
        List<String> columns = jdbc.sql("""
                select column_name from information_schema.columns
                 where table_name = 'hardship_file' and table_schema = current_schema() order by ordinal_position
                """).query(String.class).list();
        String values = String.join(", ", columns.stream().map(c -> switch (c) {
            case "id" -> "nextval('hardship_file_seq')";
            case "worker_name" -> "'大批' || n";
            case "bank_holder" -> "case when n % 997 = 0 then '他人' || n else '大批' || n end";
            case "bank_card_index" -> "f.bank_card_index || int4send(n)";
            default -> "f." + c;
        }).toList());
        jdbc.sql("insert into hardship_file (" + String.join(", ", columns) + ") select " + values
                + " from hardship_file f cross join generate_series(1, " + copies + ") n where f.id = :template")
                .param("template", template.getId()).update();
        Batch batch = condolenceBatch();

        Disbursement.FillReport report = disbursement.fill(finance, batch.id(), HardshipCategory.DEEP,
                demo.organisationId("ZJ-HZ-XH-LJ"));

        List<BatchLine> lines = disbursement.lines(finance, batch.id());
        assertThat(lines).filteredOn(l -> l.workerName().startsWith("大批")).hasSize(copies + 1 - copies / 997);
        assertThat(report.added()).isEqualTo(lines.size()).isGreaterThan(5_000);
        assertThat(report.refused()).filteredOn(r -> r.workerName().startsWith("大批"))
                .extracting(LineRefusal::messageKey).hasSize(copies / 997)
                .containsOnly("payment.refused.holderNotWorker");

        // Approval checks every line again, page by page: a card that changed hands on a late page is named.
        jdbc.sql("update hardship_file set bank_holder = '他人' where worker_name = :name")
                .param("name", "大批" + (copies - 1)).update();
        assertThat(disbursement.problems(demo.actor("approver"), batch.id()).values())
                .extracting(LineRefusal::workerName, LineRefusal::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("大批" + (copies - 1),
                        "payment.refused.holderNotWorker"));
        fund(disbursement.view(finance, batch.id()).total().toString());
        assertThatThrownBy(() -> disbursement.approve(demo.actor("approver"), batch.id()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("payment.approve.linesRefused"));
        jdbc.sql("update hardship_file set bank_holder = worker_name where worker_name = :name")
                .param("name", "大批" + (copies - 1)).update();

        assertThat(disbursement.approve(demo.actor("approver"), batch.id()).status())
                .isEqualTo(Batch.Status.APPROVED);
    }
}

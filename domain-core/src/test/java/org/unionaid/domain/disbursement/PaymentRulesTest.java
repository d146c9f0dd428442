package org.unionaid.domain.disbursement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionaid.domain.hardship.TestFiles.TODAY;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.hardship.BankAccount;
import org.unionaid.domain.hardship.ExclusionFlag;
import org.unionaid.domain.hardship.ExitReason;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.Finances;
import org.unionaid.domain.hardship.Hardship;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipCause;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.Need;
import org.unionaid.domain.hardship.PayableHousehold;
import org.unionaid.domain.hardship.TestFiles;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.person.BankCardNumber;
import org.unionaid.domain.shared.Refusal;

/** The rules every payment line passes, one test per rule (docs/rules.md R-PAY-*, R-ELIG-01, R-LEVEL-01). */
class PaymentRulesTest {

    private static final Money LOW_BAO = Money.yuan("1250");

    /** Deep hardship: 2,000 condolence from own funds or donations; living aid from central money up to 20,000. */
    private static Campaign campaign(LocalDate filingDeadline) {
        return new Campaign(1, "2027年元旦春节送温暖", 2027, TODAY.minusDays(7), TODAY.plusMonths(3), 2, "西湖区总工会",
                TODAY.plusMonths(3), Money.yuan("800"),
                List.of(new Campaign.PaymentStandard(HardshipCategory.DEEP, FundPurpose.CONDOLENCE, Money.yuan("2000")),
                        new Campaign.PaymentStandard(HardshipCategory.DEEP, FundPurpose.LIVING, Money.yuan("20000"))),
                Map.of(FundPurpose.CONDOLENCE, EnumSet.of(FundSource.OWN_UNION_FUNDS, FundSource.UNIT_DONATION),
                        FundPurpose.LIVING, EnumSet.of(FundSource.CENTRAL_SPECIAL, FundSource.OWN_UNION_FUNDS)),
                filingDeadline);
    }

    /** An approved file of one worker paid to the worker's own card, approved by a county. */
    private static HardshipFile approved(FileLevel level) {
        HardshipFile file = TestFiles.draft("12000");
        file.describeHardship(new Hardship(EnumSet.of(HardshipCause.DISABILITY), HardshipCause.DISABILITY,
                EnumSet.of(Need.LIVING), level));
        file.payTo(BankAccount.of(Bank.ICBC, BankCardNumber.parse("card", "6222021234567890128"), "陈卫东", "陈卫东",
                TestFiles.PLAIN));
        file.submit();
        file.decideCategory(HardshipCategory.DEEP, null, false, TestFiles.REVIEWER, TestFiles.NOW);
        file.putOnNotice(7);
        file.passNotice();
        file.approve(TODAY.minusDays(14), TestFiles.APPROVER, FileLevel.COUNTY);
        return file;
    }

    private static PaymentCase condolence(HardshipFile file) {
        return new PaymentCase(campaign(null), FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE,
                PaymentMethod.BANK_TRANSFER, PayableHousehold.of(file),
                Money.yuan("2000"), null, LOW_BAO, 0, false, TODAY,
                Money.ZERO, Optional.empty(), false);
    }

    private static Optional<String> refusal(PaymentCase line) {
        return PaymentRules.firstRefusal(line).map(Refusal::messageKey);
    }

    // R-PAY-01
    // R-ELIG-01
    // R-PAY-10
    // R-PAY-12
    // R-PAY-11
    // R-PAY-02
    // R-PAY-03
    // R-PAY-04, R-LEVEL-01
    // R-PAY-05
    // R-PAY-06
    // R-PAY-07
    // R-PAY-08
    @Test
    void anApprovedFilePaidToItsOwnCardAtTheStandardPasses() {
        assertThat(refusal(condolence(approved(FileLevel.COUNTY)))).isEmpty();
    }

    @Test
    void onlyApprovedFilesArePaidAndExitedOnesAreNamedSo() {
        assertThat(refusal(condolence(TestFiles.draft("12000")))).contains("payment.refused.notApproved");
        HardshipFile exited = approved(FileLevel.COUNTY);
        exited.exit(ExitReason.RE_EMPLOYED, "再就业", TODAY);
        assertThat(refusal(condolence(exited))).contains("payment.refused.exited");
    }

    @Test
    void anExclusionRecordedAfterApprovalBlocksPayment() {
        HardshipFile file = approved(FileLevel.COUNTY);
        file.recordFinances(new Finances(Money.yuan("12000"), Money.ZERO, Money.ZERO,
                EnumSet.of(ExclusionFlag.PRIVATE_MOTOR_VEHICLE)));
        assertThat(refusal(condolence(file))).contains("payment.refused.excluded");
    }

    @Test
    void aHouseholdProposedForExitWaitsForTheDecision() {
        PaymentCase line = condolence(approved(FileLevel.COUNTY));
        PaymentCase proposed = new PaymentCase(line.campaign(), line.source(), line.purpose(), line.method(),
                line.household(), line.amount(), null, LOW_BAO, 0, true, TODAY, Money.ZERO, Optional.empty(), false);
        assertThat(refusal(proposed)).contains("payment.refused.exitProposed");
    }

    @Test
    void aFileAYearPastItsLastVerificationIsReverifiedFirst() {
        HardshipFile file = approved(FileLevel.COUNTY);
        PaymentCase aYearLater = new PaymentCase(campaign(null), FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE,
                PaymentMethod.BANK_TRANSFER, PayableHousehold.of(file), Money.yuan("2000"), null, LOW_BAO, 0, false,
                TODAY.minusDays(14).plusYears(1), Money.ZERO, Optional.empty(), false);
        assertThat(refusal(aYearLater)).contains("payment.refused.reverificationOverdue");
        assertThat(PaymentRules.firstRefusal(aYearLater).orElseThrow().arguments()).containsExactly(TODAY.minusDays(14));
    }

    @Test
    void aFileApprovedAfterTheFilingDeadlineCountsAsWithdrawn() {
        HardshipFile file = approved(FileLevel.COUNTY);
        PaymentCase late = new PaymentCase(campaign(TODAY.minusDays(15)), FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE, PaymentMethod.BANK_TRANSFER, PayableHousehold.of(file),
                Money.yuan("2000"), null, LOW_BAO, 0,
                false, TODAY, Money.ZERO, Optional.empty(), false);
        PaymentCase onTime = new PaymentCase(campaign(TODAY.minusDays(14)), FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE, PaymentMethod.BANK_TRANSFER, PayableHousehold.of(file),
                Money.yuan("2000"), null, LOW_BAO, 0,
                false, TODAY, Money.ZERO, Optional.empty(), false);
        assertThat(refusal(late)).contains("payment.refused.afterFilingDeadline");
        assertThat(refusal(onTime)).as("approved on the deadline day").isEmpty();
    }

    @Test
    void theCampaignSaysWhichSourcePaysWhichPurpose() {
        PaymentCase party = new PaymentCase(campaign(null), FundSource.PARTY_DUES, FundPurpose.CONDOLENCE,
                PaymentMethod.BANK_TRANSFER, PayableHousehold.of(approved(FileLevel.COUNTY)),
                Money.yuan("2000"), null, LOW_BAO, 0,
                false, TODAY, Money.ZERO, Optional.empty(), false);
        assertThat(refusal(party)).contains("payment.refused.sourceNotAllowed");
    }

    @Test
    void financeMoneyGoesByBankOnly() {
        PaymentCase cash = new PaymentCase(campaign(null), FundSource.CENTRAL_SPECIAL, FundPurpose.LIVING,
                PaymentMethod.CASH, PayableHousehold.of(approved(FileLevel.NATIONAL)),
                Money.yuan("1000"), null, LOW_BAO, 0, false, TODAY,
                Money.ZERO, Optional.empty(), false);
        assertThat(refusal(cash)).contains("payment.refused.financeNotCashOrGoods");
    }

    @Test
    void centralMoneyLooksAtTheConfirmedLevelNotTheProposedOne() {
        HardshipFile proposedNational = approved(FileLevel.NATIONAL);
        assertThat(refusal(centralLiving(proposedNational))).contains("payment.refused.levelNotConfirmed");

        proposedNational.confirmLevel(FileLevel.NATIONAL, 99);
        assertThat(refusal(centralLiving(proposedNational))).isEmpty();
        assertThat(refusal(centralLiving(approved(FileLevel.COUNTY)))).contains("payment.refused.levelNotNational");
    }

    private static PaymentCase centralLiving(HardshipFile file) {
        return new PaymentCase(campaign(null), FundSource.CENTRAL_SPECIAL, FundPurpose.LIVING,
                PaymentMethod.BANK_TRANSFER, PayableHousehold.of(file), Money.yuan("1000"), null, LOW_BAO, 0, false,
                TODAY, Money.ZERO, Optional.empty(), false);
    }

    @Test
    void aTransferGoesToTheWorkersOwnCard() {
        HardshipFile noCard = approved(FileLevel.COUNTY);
        noCard.payTo(null);
        assertThat(refusal(condolence(noCard))).contains("payment.refused.noBankAccount");
    }

    // R-CARD-02
    @Test
    void aCardAlsoOnAnotherActiveFilePaysNeitherHouseholdByAnyMethod() {
        PaymentCase line = condolence(approved(FileLevel.COUNTY));
        for (PaymentMethod method : PaymentMethod.values()) {
            PaymentCase shared = new PaymentCase(line.campaign(), line.source(), line.purpose(), method, line.household(),
                    line.amount(), null, LOW_BAO, 0, false, TODAY, Money.ZERO, Optional.empty(), true);
            assertThat(refusal(shared)).as(method.name()).contains("payment.refused.cardOnAnotherFile");
        }
        assertThat(line.cardOnAnotherFile()).isFalse();
        assertThat(refusal(line)).as("the card on this file only").isEmpty();
    }

    @Test
    void aHouseholdIsPaidOncePerCampaignAndPurpose() {
        PaymentCase line = condolence(approved(FileLevel.COUNTY));
        PaymentCase again = new PaymentCase(line.campaign(), line.source(), line.purpose(), line.method(), line.household(),
                line.amount(), new Batches.OtherLine(7, true), LOW_BAO, 0, false, TODAY,
                Money.ZERO, Optional.empty(), false);
        assertThat(refusal(again)).contains("payment.refused.alreadyPaid");
        PaymentCase waiting = new PaymentCase(line.campaign(), line.source(), line.purpose(), line.method(),
                line.household(), line.amount(), new Batches.OtherLine(7, false), LOW_BAO, 0, false, TODAY, Money.ZERO,
                Optional.empty(), false);
        assertThat(PaymentRules.firstRefusal(waiting)).contains(Refusal.of("payment.refused.inOtherBatch", "7"));
    }

    @Test
    void atMostTheCampaignsStandardForTheCategory() {
        PaymentCase line = condolence(approved(FileLevel.COUNTY));
        PaymentCase more = new PaymentCase(line.campaign(), line.source(), line.purpose(), line.method(), line.household(),
                Money.yuan("2000.01"), null, LOW_BAO, 0, false, TODAY, Money.ZERO, Optional.empty(), false);
        assertThat(refusal(more)).contains("payment.refused.aboveStandard");
    }

    @Test
    void centralLivingAidAtMostAYearOfTheHouseholdsLowBao() {
        HardshipFile file = approved(FileLevel.NATIONAL);
        file.confirmLevel(FileLevel.NATIONAL, 99);
        // One person: 12 × 1,250 = 15,000.
        PaymentCase within = new PaymentCase(campaign(null), FundSource.CENTRAL_SPECIAL, FundPurpose.LIVING,
                PaymentMethod.BANK_TRANSFER, PayableHousehold.of(file),
                Money.yuan("15000"), null, LOW_BAO, 0, false, TODAY,
                Money.ZERO, Optional.empty(), false);
        PaymentCase above = new PaymentCase(campaign(null), FundSource.CENTRAL_SPECIAL, FundPurpose.LIVING,
                PaymentMethod.BANK_TRANSFER, PayableHousehold.of(file),
                Money.yuan("15000.01"), null, LOW_BAO, 0, false, TODAY,
                Money.ZERO, Optional.empty(), false);
        assertThat(refusal(within)).isEmpty();
        assertThat(refusal(above)).contains("payment.refused.aboveCap");
        assertThat(PaymentRules.firstRefusal(above).orElseThrow().arguments())
                .containsExactly(Money.yuan("15000"), Money.ZERO);
    }

    @Test
    void theCapCountsWhatOtherBatchesPaidTheHouseholdThisYear() {
        // R-PAY-08: 9,000 already committed this year by another campaign's batch; 6,000 more reaches the
        // 15,000 cap, 6,000.01 passes it.
        HardshipFile file = approved(FileLevel.NATIONAL);
        file.confirmLevel(FileLevel.NATIONAL, 99);
        PaymentCase atTheCap = new PaymentCase(campaign(null), FundSource.CENTRAL_SPECIAL, FundPurpose.LIVING,
                PaymentMethod.BANK_TRANSFER, PayableHousehold.of(file),
                Money.yuan("6000"), null, LOW_BAO, 0, false, TODAY,
                Money.yuan("9000"), Optional.empty(), false);
        PaymentCase past = new PaymentCase(campaign(null), FundSource.CENTRAL_SPECIAL, FundPurpose.LIVING,
                PaymentMethod.BANK_TRANSFER, PayableHousehold.of(file),
                Money.yuan("6000.01"), null, LOW_BAO, 0, false, TODAY,
                Money.yuan("9000"), Optional.empty(), false);
        assertThat(refusal(atTheCap)).isEmpty();
        assertThat(PaymentRules.firstRefusal(past).orElseThrow().arguments())
                .containsExactly(Money.yuan("15000"), Money.yuan("9000"));
    }

    @Test
    void aPayeeTheBankFileCannotCarryIsRefusedWhenTheLineIsAdded() {
        // R-PAY-13: the refusal is computed by the bank file writer of the batch's template; the rule carries it.
        HardshipFile file = approved(FileLevel.COUNTY);
        PaymentCase comma = new PaymentCase(campaign(null), FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE,
                PaymentMethod.BANK_TRANSFER, PayableHousehold.of(file),
                Money.yuan("2000"), null, LOW_BAO, 0, false, TODAY, Money.ZERO,
                Refusal.refuse("payment.refused.payee.separatorInValue", 4), false);
        PaymentCase cash = new PaymentCase(campaign(null), FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE,
                PaymentMethod.CASH, PayableHousehold.of(file),
                Money.yuan("2000"), null, LOW_BAO, 0, false, TODAY, Money.ZERO,
                Refusal.refuse("payment.refused.payee.separatorInValue", 4), false);
        assertThat(refusal(comma)).contains("payment.refused.payee.separatorInValue");
        assertThat(refusal(cash)).as("cash is handed over, no bank file").isEmpty();
    }
}

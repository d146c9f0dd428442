package org.unionaid.domain.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionaid.domain.hardship.TestFiles.APPROVER;
import static org.unionaid.domain.hardship.TestFiles.COUNTY;
import static org.unionaid.domain.hardship.TestFiles.NOW;
import static org.unionaid.domain.hardship.TestFiles.REVIEWER;
import static org.unionaid.domain.hardship.TestFiles.TODAY;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.hardship.AttachmentKind;
import org.unionaid.domain.hardship.ExclusionFlag;
import org.unionaid.domain.hardship.Finances;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.IncomeCheckResult;
import org.unionaid.domain.hardship.TestFiles;
import org.unionaid.domain.hardship.WorkerDetails;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.domain.shared.Refusal;

/** What approval requires, rule by rule (docs/rules.md R-APPR-*, R-ELIG-*, R-CAT-02, R-MC-01). */
class ApprovalRulesTest {

    /** 12,000 a year for one person: 1,000 a month, below Hangzhou's 1,250 — 深度困难, supported. */
    private static final String BELOW = "12000";

    private static ApprovalRules.Case byTheCounty(HardshipFile file) {
        return new ApprovalRules.Case(file, APPROVER, COUNTY.path(), Set.of(TestFiles.CLERK, REVIEWER),
                TestFiles.allDocumentsOf(file), TODAY);
    }

    private static List<String> refusals(ApprovalRules.Case c) {
        return ApprovalRules.ALL.allRefusals(c).stream().map(Refusal::messageKey).toList();
    }

    // R-APPR-01
    // R-APPR-02
    // R-MC-01
    // R-ELIG-01
    // R-CAT-02
    // R-APPR-04
    // R-APPR-05
    // R-ELIG-02, R-ELIG-03
    // R-APPR-03
    @Test
    void aCompleteFileWhoseNoticePassedMayBeApprovedByTheCounty() {
        assertThat(refusals(byTheCounty(TestFiles.noticePassed(BELOW)))).isEmpty();
    }

    @Test
    void aFileStillOnNoticeIsRefused() {
        HardshipFile file = TestFiles.draft(BELOW);
        file.submit();
        assertThat(refusals(byTheCounty(file))).contains("approval.refused.notNoticePassed");
    }

    @Test
    void theFilesOwnUnionDoesNotApproveIt() {
        HardshipFile file = TestFiles.noticePassed(BELOW);
        ApprovalRules.Case own = new ApprovalRules.Case(file, APPROVER, TestFiles.BASE.path(), Set.of(),
                TestFiles.allDocumentsOf(file), TODAY);
        assertThat(refusals(own)).containsExactly("approval.refused.sameUnion");
    }

    @Test
    void whoeverMadeTheFileDoesNotApproveIt() {
        HardshipFile file = TestFiles.noticePassed(BELOW);
        ApprovalRules.Case reviewerApproves = new ApprovalRules.Case(file, REVIEWER, COUNTY.path(),
                Set.of(TestFiles.CLERK, REVIEWER), TestFiles.allDocumentsOf(file), TODAY);
        assertThat(refusals(reviewerApproves)).containsExactly("file.approve.makerChecker");
    }

    @Test
    void anExclusionBlocksApprovalWhateverTheIncome() {
        HardshipFile file = TestFiles.noticePassed(BELOW);
        file.recordFinances(new Finances(Money.yuan(BELOW), Money.ZERO, Money.ZERO,
                EnumSet.of(ExclusionFlag.TWO_OR_MORE_HOMES)));
        assertThat(refusals(byTheCounty(file))).contains("approval.refused.excluded");
    }

    @Test
    void aCategoryAboveTheIncomeWaitsForAHigherUnionsConfirmation() {
        HardshipFile file = TestFiles.draft("240000");
        file.submit();
        file.decideCategory(HardshipCategory.DEEP, "评议认为困难", true, REVIEWER, NOW.minusSeconds(7200));
        file.recordIncomeCheck(TODAY, IncomeCheckResult.CONSISTENT, null, TODAY, NOW);
        file.putOnNotice(7);
        file.passNotice();
        assertThat(refusals(byTheCounty(file))).containsExactly("approval.refused.categoryUnconfirmed");

        file.confirmCategory("入户核实：配偶重病，收入已用于治疗", APPROVER + 1, NOW);
        assertThat(refusals(byTheCounty(file))).isEmpty();
    }

    @Test
    void everyRequiredDocumentIsOnTheFileAndMedicalAidAsksForTheHospitalPapers() {
        HardshipFile file = TestFiles.noticePassed(BELOW);
        Set<AttachmentKind> allButOne = EnumSet.copyOf(TestFiles.allDocumentsOf(file));
        allButOne.remove(AttachmentKind.HARDSHIP_PROOF);
        ApprovalRules.Case c = new ApprovalRules.Case(file, APPROVER, COUNTY.path(), Set.of(), allButOne, TODAY);

        assertThat(ApprovalRules.ALL.allRefusals(c))
                .containsExactly(Refusal.of("approval.refused.documentsMissing", 1));
        assertThat(c.missingDocuments()).containsExactly(AttachmentKind.HARDSHIP_PROOF);
        assertThat(AttachmentKind.requiredFor(EnumSet.of(org.unionaid.domain.hardship.Need.MEDICAL)))
                .contains(AttachmentKind.HOSPITAL_DIAGNOSIS, AttachmentKind.INPATIENT_RECEIPT);
    }

    @Test
    void withoutAnIncomeCheckOrWithAnInconsistentOneUntilTheCategoryIsDecidedAgain() {
        HardshipFile unchecked = TestFiles.draft(BELOW);
        unchecked.submit();
        unchecked.decideCategory(HardshipCategory.DEEP, null, false, REVIEWER, NOW);
        unchecked.putOnNotice(7);
        unchecked.passNotice();
        assertThat(refusals(byTheCounty(unchecked))).containsExactly("approval.refused.noIncomeCheck");

        HardshipFile file = TestFiles.noticePassed(BELOW);
        file.recordIncomeCheck(TODAY, IncomeCheckResult.INCONSISTENT, "收入不符", TODAY, NOW.plusSeconds(60));
        assertThat(refusals(byTheCounty(file))).containsExactly("approval.refused.incomeInconsistent");

        file.decideCategory(HardshipCategory.RELATIVE, "按民政核对的收入重新认定", false, REVIEWER, NOW.plusSeconds(120));
        assertThat(refusals(byTheCounty(file))).isEmpty();
    }

    @Test
    void theWorkerIsAUnionMemberAndAMigrantWorkerHasWorkedThereAYear() {
        HardshipFile file = TestFiles.noticePassed(BELOW);
        file.describeWorker(WorkerDetails.none());
        assertThat(refusals(byTheCounty(file))).containsExactly("approval.refused.notUnionMember");

        file.describeWorker(migrant(TODAY.minusMonths(11)));
        assertThat(refusals(byTheCounty(file))).containsExactly("approval.refused.migrantNotAYear");
        file.describeWorker(migrant(TODAY.minusYears(1)));
        assertThat(refusals(byTheCounty(file))).isEmpty();
    }

    private static WorkerDetails migrant(LocalDate since) {
        return new WorkerDetails(null, null, null, true, false, null, null, null, null, null, null, true, since);
    }

    @Test
    void theRulesComeInTheOrderTheFileWentThroughItsSteps() {
        HardshipFile file = TestFiles.draft(BELOW);
        ApprovalRules.Case c = new ApprovalRules.Case(file, APPROVER, new OrganisationPath(COUNTY.path().value()),
                Set.of(), Set.of(), TODAY);
        assertThat(ApprovalRules.ALL.firstRefusal(c)).map(Refusal::messageKey)
                .contains("approval.refused.notNoticePassed");
    }
}
